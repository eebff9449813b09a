/*
 * Ported to TypeScript from pako 3.0.3 (src/zlib/trees.mjs), itself a port of zlib's trees.c.
 * pako: (C) 2014-2017 Vitaly Puzrin and Andrei Tuputcyn, MIT licence.
 * zlib: (C) 1995-2024 Jean-loup Gailly and Mark Adler, zlib licence: this software is provided 'as-is', without any
 * express or implied warranty; altered source versions must be plainly marked as such (this is one: typed, and the
 * tree building reorganised for speed with the same output) and must not be misrepresented as the original software.
 */
/**
 * DEFLATE's fixed tables (RFC 1951 §3.2.5–3.2.7): extra bits and bases of the length and distance codes, the static
 * literal/length and distance trees, and the byte → code maps zlib's tr_static_init builds.
 */

export const LENGTH_CODES = 29;
export const LITERALS = 256;
/** Literal/length codes: 256 literals, END_BLOCK, 29 length codes. */
export const L_CODES = LITERALS + 1 + LENGTH_CODES;
export const D_CODES = 30;
export const BL_CODES = 19;
/** Nodes a Huffman tree over L_CODES leaves can have. */
export const HEAP_SIZE = 2 * L_CODES + 1;
export const MAX_BITS = 15;
export const MAX_BL_BITS = 7;
export const END_BLOCK = 256;
export const REP_3_6 = 16;
export const REPZ_3_10 = 17;
export const REPZ_11_138 = 18;

export const EXTRA_LBITS = Uint8Array.of(0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0);
export const EXTRA_DBITS = Uint8Array.of(0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13);
export const EXTRA_BLBITS = Uint8Array.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7);
/** The order the bit-length code lengths are sent in (most often used first). */
export const BL_ORDER = Uint8Array.of(16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15);

/** The static literal/length tree: code at 2n, length at 2n + 1 (288 symbols, 286 and 287 never used). */
export const STATIC_LTREE = new Uint16Array(288 * 2);
/** The static distance tree: 5-bit codes. */
export const STATIC_DTREE = new Uint16Array(D_CODES * 2);
/** Distance code of distance − 1: the first 256 directly, the rest by (distance − 1) >> 7 at 256 +. */
export const DIST_CODE = new Uint8Array(512);
/** Length code (0–28) of match length − 3. */
export const LENGTH_CODE = new Uint8Array(256);
export const BASE_LENGTH = new Uint16Array(LENGTH_CODES);
export const BASE_DIST = new Uint16Array(D_CODES);

/** `code` (its low `len` bits) with its bits reversed: Huffman codes are sent most significant bit first. */
export function reverseBits(code: number, len: number): number {
  let res = 0;
  do {
    res |= code & 1;
    code >>>= 1;
    res <<= 1;
  } while (--len > 0);
  return res >>> 1;
}

/**
 * zlib's gen_codes: the canonical codes of `tree`'s symbols 0..maxCode from their lengths, given how many codes
 * have each length. `nextCode` is scratch (16 entries).
 */
function genCodes(tree: Uint16Array, maxCode: number, blCount: Uint16Array, nextCode: Uint16Array): void {
  let code = 0;
  for (let bits = 1; bits <= MAX_BITS; bits++) {
    code = (code + blCount[bits - 1]!) << 1;
    nextCode[bits] = code;
  }
  for (let n = 0; n <= maxCode; n++) {
    const len = tree[n * 2 + 1]!;
    if (len === 0) continue;
    tree[n * 2] = reverseBits(nextCode[len]!++, len);
  }
}

// zlib's tr_static_init, run once at load (tables only).
(() => {
  let length = 0;
  let code: number;
  for (code = 0; code < LENGTH_CODES - 1; code++) {
    BASE_LENGTH[code] = length;
    for (let n = 0; n < 1 << EXTRA_LBITS[code]!; n++) LENGTH_CODE[length++] = code;
  }
  // Length 258 (the last) has code 28, not the 285 its base would give.
  LENGTH_CODE[length - 1] = code;
  let dist = 0;
  for (code = 0; code < 16; code++) {
    BASE_DIST[code] = dist;
    for (let n = 0; n < 1 << EXTRA_DBITS[code]!; n++) DIST_CODE[dist++] = code;
  }
  dist >>= 7;
  for (; code < D_CODES; code++) {
    BASE_DIST[code] = dist << 7;
    for (let n = 0; n < 1 << (EXTRA_DBITS[code]! - 7); n++) DIST_CODE[256 + dist++] = code;
  }
  const blCount = new Uint16Array(MAX_BITS + 1);
  let n = 0;
  for (; n <= 143; n++, blCount[8]!++) STATIC_LTREE[n * 2 + 1] = 8;
  for (; n <= 255; n++, blCount[9]!++) STATIC_LTREE[n * 2 + 1] = 9;
  for (; n <= 279; n++, blCount[7]!++) STATIC_LTREE[n * 2 + 1] = 7;
  for (; n <= 287; n++, blCount[8]!++) STATIC_LTREE[n * 2 + 1] = 8;
  genCodes(STATIC_LTREE, 287, blCount, new Uint16Array(MAX_BITS + 1));
  for (n = 0; n < D_CODES; n++) {
    STATIC_DTREE[n * 2 + 1] = 5;
    STATIC_DTREE[n * 2] = reverseBits(n, 5);
  }
})();

/** The distance code of `dist` − 1 (zlib's d_code). */
export function distCode(distMinusOne: number): number {
  return distMinusOne < 256 ? DIST_CODE[distMinusOne]! : DIST_CODE[256 + (distMinusOne >>> 7)]!;
}
