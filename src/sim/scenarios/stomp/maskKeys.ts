/**
 * The clients' masking keys (RFC 6455 §5.3), drawn as the WebSocket scenarios'
 * `MaskSource` draws them — four `nextInt(0, 256)` per key, from the same
 * seeded PRNG — but handed out as numbers when asked: a STOMP frame keeps its
 * key until its bytes are written on first read, and two numbers cost far less
 * to keep than a 4-byte array.
 */
import type { Prng } from '../../engine/createPrng';

const KEY_BYTES = 4;

/** One PRNG stream of masking keys, as bytes or packed. */
export class MaskKeys {
  /** The last byte of the key `nextPacked` returned. */
  last = 0;
  constructor(private readonly prng: Prng) {}

  /** The next key as 4 bytes (`MaskSource.next`). */
  next(): Uint8Array {
    const key = new Uint8Array(KEY_BYTES);
    for (let i = 0; i < KEY_BYTES; i++) key[i] = this.prng.nextInt(0, 256);
    return key;
  }

  /** The next key's first three bytes as one number (big-endian); its fourth is then in `last`. */
  nextPacked(): number {
    const high = (this.prng.nextInt(0, 256) << 16) | (this.prng.nextInt(0, 256) << 8) | this.prng.nextInt(0, 256);
    this.last = this.prng.nextInt(0, 256);
    return high;
  }
}

/** The key `high` and `last` stand for (see `MaskKeys.nextPacked`). */
export function unpackKey(high: number, last: number): Uint8Array {
  return Uint8Array.of(high >>> 16, (high >>> 8) & 0xff, high & 0xff, last);
}
