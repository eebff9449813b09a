/**
 * Reads a whole captured byte string the way a frame lab explains it (RFC 6455
 * §5): every complete frame with its annotation, what those frames add up to
 * (messages, pings, pongs, a close), and how the bytes end — cleanly, with a
 * protocol error, part-way through a frame (and in which part), inside an
 * unfinished fragmented message, or with bytes after a Close. Never throws.
 */
import type { Field } from '../timeline/types';
import type { ReservedBits, Role, WsFrame } from './types';
import { inflaterFor } from './permessageDeflate/endpointDeflate';
import { inspectWireWith } from './inspectWireWith';
import type { AssemblerEvent } from './messageAssembler';
import type { WsError } from './wsError';
import type { DeflateAgreement } from './permessageDeflate/negotiateDeflate';


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
  const { deflate, ...rest } = options;
  return inspectWireWith(bytes, deflate ? { ...rest, inflater: inflaterFor(deflate, options.role) } : rest);
}
