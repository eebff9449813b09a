/**
 * `inspectWire` with the decompressor handed in: the frame lab loads permessage-deflate's (and its DEFLATE
 * library) only when the reader turns it on, so this module imports no compression code.
 */
import type { Field } from '../timeline/types';
import { decodeFrameAt } from './decodeFrame';
import { LEN_16_MARKER, LEN_64_MARKER, MASK_BIT, PAYLOAD_LEN_MASK } from './frameRules';
import { MessageAssembler, type AssemblerEvent } from './messageAssembler';
import { isControlOpcode } from './opcodes';
import type { ReservedBits, Role, WsFrame } from './types';
import { shiftError } from './wsError';
import type { MessageInflater } from './permessageDeflate/messageInflater';
import type { InspectedFrame, InspectWireOptions, WireEnding, WireInspection } from './inspectWire';


// RFC 6455 §5.2: two fixed header bytes, then 0, 2 or 8 bytes of extended length, then 4 of masking key.
const FIXED_HEADER_BYTES = 2;
const EXTENDED_16_BYTES = 2;
const EXTENDED_64_BYTES = 8;
const MASKING_KEY_BYTES = 4;

/** `inspectWire`'s options, with the decompressor itself instead of the agreement it follows. */
export interface InspectWireCoreOptions extends Omit<InspectWireOptions, 'deflate'> {
  /** Inflates RSV1 messages (permessage-deflate agreed); absent, RSV1 is a protocol error. */
  readonly inflater?: MessageInflater;
}

/** Inspects `bytes` as everything one side received on a connection, from its first frame. */
export function inspectWireWith(bytes: Uint8Array, options: InspectWireCoreOptions): WireInspection {
  const inflater = options.inflater;
  const extensions = inflater ? { ...options.extensions, rsv1: true } : options.extensions;
  const decodeOptions = { role: options.role, extensions, annotate: true };
  const assembler = new MessageAssembler(inflater ? { inflater } : {});
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
