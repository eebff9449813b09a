/**
 * Masking shown byte by byte (RFC 6455 §5.3): payload byte i on the wire is the
 * data byte XOR key byte (i mod 4). The masked bytes are read from the frame as
 * the codec wrote it; the data bytes are the codec's unmasked payload.
 */
import { MASKING_KEY_BYTES, type WsFrame } from '../../sim';

/** One payload byte: data ⊕ key[keyIndex] = masked. */
export interface MaskRow {
  readonly index: number;
  readonly data: number;
  readonly keyIndex: number;
  readonly key: number;
  readonly masked: number;
}

/** The first `limit` payload bytes of a masked frame whose wire bytes are `wire`, or [] if it is not masked. */
export function maskRows(frame: WsFrame, wire: Uint8Array, headerLength: number, limit: number): MaskRow[] {
  const key = frame.maskingKey;
  if (!key) return [];
  const count = Math.min(limit, frame.payload.length, wire.length - headerLength);
  return Array.from({ length: count }, (_, index) => {
    const keyIndex = index % MASKING_KEY_BYTES;
    return { index, data: frame.payload[index]!, keyIndex, key: key[keyIndex]!, masked: wire[headerLength + index]! };
  });
}

/** A byte as two lower-case hex digits. */
export function hexByte(byte: number): string {
  return byte.toString(16).padStart(2, '0');
}
