/**
 * Reads a whole captured byte string the way a frame lab explains it (RFC 6455
 * §5): every complete frame with its annotation, what those frames add up to
 * (messages, pings, pongs, a close), and how the bytes end — cleanly, with a
 * protocol error, part-way through a frame (and in which part), inside an
 * unfinished fragmented message, or with bytes after a Close. Never throws.
 */
import type { Field } from '../timeline/types';
import { decodeFrameAt } from './decodeFrame';
import { LEN_16_MARKER, LEN_64_MARKER, MASK_BIT, PAYLOAD_LEN_MASK } from './frameRules';
import { MessageAssembler, type AssemblerEvent } from './messageAssembler';
import { isControlOpcode } from './opcodes';
import type { ReservedBits, Role, WsFrame } from './types';
import { shiftError, type WsError } from './wsError';
import { inflaterFor } from './permessageDeflate/endpointDeflate';
import type { DeflateAgreement } from './permessageDeflate/negotiateDeflate';

// RFC 6455 §5.2: two fixed header bytes, then 0, 2 or 8 bytes of extended length, then 4 of masking key.
const FIXED_HEADER_BYTES = 2;
const EXTENDED_16_BYTES = 2;
const EXTENDED_64_BYTES = 8;
const MASKING_KEY_BYTES = 4;

/** One complete frame in the bytes; `fields` are relative to `offset`. */
export interface InspectedFrame {
  readonly frame: WsFrame;
  /** Where the frame starts in the inspected bytes. */
  readonly offset: number;
  readonly headerLength: number;
  /** Header plus payload. */
  readonly length: number;
  readonly fields: Field[];
}

/** Which part of a frame the bytes stopped in. */
export type TruncatedPart = 'header' | 'extended-length' | 'masking-key' | 'payload';

/** How the inspected bytes end. */
export type WireEnding =
  | { readonly kind: 'complete' }
  /** A rule was broken; `error.offset` counts from the first inspected byte. */
  | { readonly kind: 'error'; readonly error: WsError }
  /**
   * The bytes stop inside the frame starting at `offset`: `arrived` of its bytes are
   * there, at least `missing` more are needed. In the payload, the header's stated
   * `payloadLength` and the `payloadArrived` bytes are known too.
   */
  | {
      readonly kind: 'truncated';
      readonly offset: number;
      readonly part: TruncatedPart;
      readonly arrived: number;
      readonly missing: number;
      readonly payloadLength?: number;
      readonly payloadArrived?: number;
    }
  /** Every frame is whole, but the last data frame had FIN = 0: the message needs more fragments (§5.4). */
  | { readonly kind: 'open-message'; readonly offset: number; readonly fragments: number }
  /** `count` bytes follow a Close frame at `offset`; nothing may be sent after a Close (§5.5.1). */
  | { readonly kind: 'after-close'; readonly offset: number; readonly count: number };

/** What `inspectWire` found. */
export interface WireInspection {
  readonly frames: readonly InspectedFrame[];
  /** Messages and control events the frames completed, in order (errors are in `ending`). */
  readonly events: readonly Exclude<AssemblerEvent, { kind: 'error' }>[];
  readonly ending: WireEnding;
}

/** Options for `inspectWire`. */
export interface InspectWireOptions {
  /** The side reading the bytes: a server expects masked frames, a client unmasked ones (§5.1). */
  readonly role: Role;
  readonly extensions?: ReservedBits;
  /**
   * permessage-deflate as agreed (RFC 7692): RSV1 may mark a message's first frame, and such messages are
   * inflated (their events carry `compressedLength`, the bytes before inflating).
   */
  readonly deflate?: DeflateAgreement;
}

/** Inspects `bytes` as everything one side received on a connection, from its first frame. */
export function inspectWire(bytes: Uint8Array, options: InspectWireOptions): WireInspection {
  const deflate = options.deflate;
  const extensions = deflate ? { ...options.extensions, rsv1: true } : options.extensions;
  const decodeOptions = { role: options.role, extensions, annotate: true };
  const assembler = new MessageAssembler(deflate ? { inflater: inflaterFor(deflate, options.role) } : {});
  const frames: InspectedFrame[] = [];
  const events: Exclude<AssemblerEvent, { kind: 'error' }>[] = [];
  let fragments = 0;
  let messageBytes = 0;
  let pos = 0;

  while (pos < bytes.length) {
    const r = decodeFrameAt(bytes, pos, decodeOptions, assembler.inMessage, messageBytes);
    if (!r.ok) {
      const ending = r.needMore ? truncation(bytes, pos, r.missing) : { kind: 'error' as const, error: shiftError(r.error, pos) };
      return { frames, events, ending };
    }
    frames.push({ frame: r.frame, offset: pos, headerLength: r.headerLength, length: r.consumed, fields: r.fields ?? [] });
    if (!isControlOpcode(r.frame.opcode)) {
      fragments = r.frame.fin ? 0 : fragments + 1;
      messageBytes = r.frame.fin ? 0 : messageBytes + r.frame.payload.length;
    }
    const event = assembler.push(r.frame, pos, r.headerLength);
    pos += r.consumed;
    if (event === undefined) continue;
    if (event.kind === 'error') return { frames, events, ending: { kind: 'error', error: event.error } };
    events.push(event);
    if (event.kind === 'close' && pos < bytes.length) {
      return { frames, events, ending: { kind: 'after-close', offset: pos, count: bytes.length - pos } };
    }
    if (event.kind === 'close') break;
  }
  if (assembler.inMessage) return { frames, events, ending: { kind: 'open-message', offset: pos, fragments } };
  return { frames, events, ending: { kind: 'complete' } };
}

/** Names the part of the frame at `start` that the bytes stop in (its header is known to be valid so far). */
function truncation(bytes: Uint8Array, start: number, missing: number): WireEnding {
  const arrived = bytes.length - start;
  const base = { kind: 'truncated' as const, offset: start, arrived, missing };
  if (arrived < FIXED_HEADER_BYTES) return { ...base, part: 'header' };
  const b1 = bytes[start + 1]!;
  const lengthField = b1 & PAYLOAD_LEN_MASK;
  const extended = lengthField === LEN_16_MARKER ? EXTENDED_16_BYTES : lengthField === LEN_64_MARKER ? EXTENDED_64_BYTES : 0;
  const key = (b1 & MASK_BIT) !== 0 ? MASKING_KEY_BYTES : 0;
  if (arrived < FIXED_HEADER_BYTES + extended) return { ...base, part: 'extended-length' };
  const headerLength = FIXED_HEADER_BYTES + extended + key;
  if (arrived < headerLength) return { ...base, part: 'masking-key' };
  const payloadArrived = arrived - headerLength;
  return { ...base, part: 'payload', payloadLength: payloadArrived + missing, payloadArrived };
}
