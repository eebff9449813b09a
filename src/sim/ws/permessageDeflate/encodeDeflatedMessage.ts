/**
 * A compressed message on the wire (RFC 7692 §6): the payload is compressed
 * once for the whole message, and RSV1 is set on the first frame only (here a
 * single frame, as browsers and `ws` send it).
 */
import { encodeFrame, type EncodeOptions, type EncodedFrame } from '../encodeFrame';
import type { DataOpcode } from '../opcodes';
import type { MessageDeflater } from './messageDeflater';

/** The frame, plus the sizes a learner compares. */
export interface DeflatedMessage {
  readonly frame: EncodedFrame;
  /** The message before compression. */
  readonly original: Uint8Array;
  /** The compressed payload (tail removed), unmasked. */
  readonly compressed: Uint8Array;
}

/** Compresses `data` with `deflater` (advancing its context) and frames it with RSV1 set. */
export function encodeDeflatedMessage(deflater: MessageDeflater, opcode: DataOpcode, data: Uint8Array, maskingKey?: Uint8Array | readonly number[], options: EncodeOptions = {}): DeflatedMessage {
  const compressed = deflater.compress(data);
  const frame = encodeFrame({ opcode, payload: compressed, rsv1: true, ...(maskingKey ? { maskingKey } : {}) }, options);
  return { frame, original: data, compressed };
}
