/**
 * The WebSocket codec's shared shapes: a frame as RFC 6455 §5.2 draws it, and
 * the options both decoders take.
 */
import type { Opcode } from './opcodes';

/** Which end of the connection is reading: a server must see masked frames, a client unmasked ones (§5.1). */
export type Role = 'client' | 'server';

/** One frame, with its payload already unmasked (the application data). */
export interface WsFrame {
  readonly fin: boolean;
  readonly rsv1: boolean;
  readonly rsv2: boolean;
  readonly rsv3: boolean;
  readonly opcode: Opcode;
  /** The 4-byte masking key; present exactly when the MASK bit is set (§5.3). */
  readonly maskingKey?: Uint8Array | undefined;
  /** The unmasked payload. */
  readonly payload: Uint8Array;
}

/** How the payload length is written: the shortest form, or a forced one (frame lab). */
export type LengthForm = 'minimal' | '7-bit' | '16-bit' | '64-bit';

/** Which RSV bits a negotiated extension gives a meaning to (e.g. permessage-deflate uses RSV1). */
export interface ReservedBits {
  readonly rsv1?: boolean;
  readonly rsv2?: boolean;
  readonly rsv3?: boolean;
}

/** Options for `decodeFrame` and `FrameDecoder`. */
export interface DecodeOptions {
  /** The side reading the bytes. */
  readonly role: Role;
  /** Largest data-frame payload accepted, in bytes; larger → 1009. 0 or absent means no limit. */
  readonly maxPayload?: number;
  /** RSV bits that a negotiated extension allows; any other set bit → 1002. */
  readonly extensions?: ReservedBits;
  /**
   * Whether a fragmented message is open before this frame. When known, a
   * continuation with nothing to continue, or a new data frame inside a
   * message, is rejected at the header (§5.4). `decodeFrame` leaves it
   * unchecked when absent; `FrameDecoder` tracks it itself from here on.
   */
  readonly inMessage?: boolean;
  /** Build the `Field[]` annotation (costs time; off by default). */
  readonly annotate?: boolean;
}
