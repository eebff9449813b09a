/**
 * The clients' masking keys (RFC 6455 §5.3), drawn as the WebSocket scenarios'
 * `MaskSource` draws them — four `nextInt(0, 256)` per key, from the same
 * seeded PRNG — but handed out as one number when asked: a STOMP frame keeps
 * its key until its bytes are written on first read, and a number costs far
 * less to keep than a 4-byte array.
 */
import type { Prng } from '../../engine/createPrng';

const KEY_BYTES = 4;

/** One PRNG stream of masking keys, as bytes or packed. */
export class MaskKeys {
  constructor(private readonly prng: Prng) {}

  /** The next key as 4 bytes (`MaskSource.next`). */
  next(): Uint8Array {
    const key = new Uint8Array(KEY_BYTES);
    for (let i = 0; i < KEY_BYTES; i++) key[i] = this.prng.nextInt(0, 256);
    return key;
  }

  /** The next key as one 32-bit integer, its first byte the most significant (read it back with `unpackKey`). */
  nextPacked(): number {
    // Left to right: the bytes are drawn in `next`'s order. `nextInt(0, 256)` is `Math.floor(next() * 256)`, and
    // `next() * 256` lies in [0, 256), where `| 0` floors the same: one call fewer per byte.
    const prng = this.prng;
    return (((prng.next() * 256) | 0) << 24) | (((prng.next() * 256) | 0) << 16) | (((prng.next() * 256) | 0) << 8) | ((prng.next() * 256) | 0);
  }
}

/** The 4 bytes of a key `nextPacked` returned. */
export function unpackKey(packed: number): Uint8Array {
  return Uint8Array.of((packed >>> 24) & 0xff, (packed >>> 16) & 0xff, (packed >>> 8) & 0xff, packed & 0xff);
}
