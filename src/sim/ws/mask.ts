/**
 * Masking, RFC 6455 §5.3: octet i of the payload is XORed with octet (i mod 4)
 * of the masking key. The same operation masks and unmasks.
 */

// Below this many bytes, setting up a Uint32Array view costs more than it saves.
const WORD_LOOP_MIN = 32;
// XORing four bytes at a time needs the key packed in the platform's byte order.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * XORs `buf[start, end)` in place with the 4-byte `key`, starting at key octet
 * `phase` (0 for a whole payload; non-zero when a payload arrives in pieces).
 * Works four bytes at a time over the 4-byte-aligned middle of the range.
 */
export function applyMask(buf: Uint8Array, start: number, end: number, key: ArrayLike<number>, phase = 0): void {
  const k0 = key[0]!, k1 = key[1]!, k2 = key[2]!, k3 = key[3]!;
  let i = start;
  let p = phase & 3;
  if (end - start >= WORD_LOOP_MIN) {
    // Head: single bytes until the absolute address is 4-byte aligned.
    const base = buf.byteOffset;
    while (((base + i) & 3) !== 0) {
      buf[i] = buf[i]! ^ key[p]!;
      p = (p + 1) & 3;
      i++;
    }
    const words = (end - i) >>> 2;
    const r0 = key[p]!, r1 = key[(p + 1) & 3]!, r2 = key[(p + 2) & 3]!, r3 = key[(p + 3) & 3]!;
    const m = LITTLE_ENDIAN ? r0 | (r1 << 8) | (r2 << 16) | (r3 << 24) : (r0 << 24) | (r1 << 16) | (r2 << 8) | r3;
    const view = new Uint32Array(buf.buffer, base + i, words);
    for (let w = 0; w < words; w++) view[w] = view[w]! ^ m;
    // A whole number of words leaves the key phase where it was.
    i += words << 2;
  }
  for (; i < end; i++) {
    const kp = p === 0 ? k0 : p === 1 ? k1 : p === 2 ? k2 : k3;
    buf[i] = buf[i]! ^ kp;
    p = (p + 1) & 3;
  }
}

// Below this many bytes, one copy-and-XOR loop beats a native copy followed by a word loop.
const COPY_LOOP_MAX = 64;

const EMPTY = new Uint8Array(0);

/** Returns a new array holding `src[start, start + length)` XORed with `key` (unmasking without touching `src`); one shared empty array for length 0. */
export function unmaskCopy(src: Uint8Array, start: number, length: number, key: ArrayLike<number>): Uint8Array {
  // Empty payloads are common (and a flood of them costs an allocation each): they share one empty array.
  if (length === 0) return EMPTY;
  if (length > COPY_LOOP_MAX) {
    const out = src.slice(start, start + length);
    applyMask(out, 0, length, key);
    return out;
  }
  const out = new Uint8Array(length);
  const k0 = key[0]!, k1 = key[1]!, k2 = key[2]!, k3 = key[3]!;
  let i = 0;
  for (; i + 4 <= length; i += 4) {
    const at = start + i;
    out[i] = src[at]! ^ k0;
    out[i + 1] = src[at + 1]! ^ k1;
    out[i + 2] = src[at + 2]! ^ k2;
    out[i + 3] = src[at + 3]! ^ k3;
  }
  for (; i < length; i++) out[i] = src[start + i]! ^ key[i & 3]!;
  return out;
}
