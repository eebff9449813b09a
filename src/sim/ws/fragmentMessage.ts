/**
 * Splits one message into frames (RFC 6455 §5.4): the first carries the
 * message's opcode, the rest are continuations, only the last has FIN set.
 * Text may be cut inside a code point; the receiver reassembles bytes first.
 */
import { OPCODE_CONTINUATION, type DataOpcode } from './opcodes';
import type { WsFrame } from './types';

/** Gives the masking key for the next frame (a client's), or undefined for unmasked frames (a server's). */
export type MaskProvider = () => Uint8Array | readonly number[] | undefined;

const noMask: MaskProvider = () => undefined;

/**
 * Frames `payload` as `opcode` in pieces of at most `fragmentSize` bytes
 * (Infinity: one frame). An empty payload still makes one frame. Payloads are
 * views into `payload`. Throws RangeError if `fragmentSize` is below 1.
 */
export function fragmentMessage(payload: Uint8Array, opcode: DataOpcode, fragmentSize: number, maskProvider: MaskProvider = noMask): WsFrame[] {
  if (!(fragmentSize >= 1) || (fragmentSize !== Infinity && !Number.isInteger(fragmentSize))) {
    throw new RangeError(`Fragment size must be a whole number of bytes ≥ 1, got ${fragmentSize}`);
  }
  const frames: WsFrame[] = [];
  let start = 0;
  do {
    const end = Math.min(payload.length, start + fragmentSize);
    const key = maskProvider();
    frames.push({
      fin: end === payload.length,
      rsv1: false,
      rsv2: false,
      rsv3: false,
      opcode: start === 0 ? opcode : OPCODE_CONTINUATION,
      maskingKey: key === undefined ? undefined : Uint8Array.from(key),
      payload: payload.subarray(start, end),
    });
    start = end;
  } while (start < payload.length);
  return frames;
}
