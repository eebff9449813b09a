/**
 * Incremental UTF-8 validation for text messages (RFC 6455 §8.1, RFC 3629 §4).
 * A text message may be split across fragments anywhere, even inside a code
 * point, yet the receiver should fail as soon as a byte cannot belong to valid
 * UTF-8, so the validator keeps what it expects next between pushes.
 */

// RFC 3629 §4 (Unicode Table 3-7): the range the second byte must fall in depends
// on the lead byte; that is what rules out overlong forms (C0, C1, E0 80–9F,
// F0 80–8F), UTF-16 surrogates (ED A0–BF) and code points above U+10FFFF (F4 90+, F5+).
const CONT_MIN = 0x80;
const CONT_MAX = 0xbf;
// ASCII runs are skipped four bytes at a time once this many bytes remain (a word view costs a little).
const WORD_SKIP_MIN = 64;
const HIGH_BITS = 0x80808080;

/** Validates UTF-8 across chunk boundaries; `push` returns the index of the first bad byte or -1. */
export class Utf8Validator {
  /** Continuation bytes still expected for the current code point. */
  private need = 0;
  /** Inclusive range the next continuation byte must fall in. */
  private lo = CONT_MIN;
  private hi = CONT_MAX;

  /** True when no code point is left half-finished (a message may end here). */
  get complete(): boolean {
    return this.need === 0;
  }

  /** Forgets any half-finished code point, for the next message. */
  reset(): void {
    this.need = 0;
    this.lo = CONT_MIN;
    this.hi = CONT_MAX;
  }

  /** Checks `bytes[start, end)`; returns the index of the first byte that makes the text invalid, or -1. */
  push(bytes: Uint8Array, start = 0, end = bytes.length): number {
    let need = this.need;
    let lo = this.lo;
    let hi = this.hi;
    let words: Uint32Array | undefined;
    let wordBase = 0;
    for (let i = start; i < end; i++) {
      const c = bytes[i]!;
      if (need === 0) {
        if (c < 0x80) {
          if (end - i < WORD_SKIP_MIN || ((bytes.byteOffset + i) & 3) !== 0) continue;
          // An aligned ASCII stretch: test whole words for a high bit.
          if (!words) {
            wordBase = i;
            words = new Uint32Array(bytes.buffer, bytes.byteOffset + i, (end - i) >>> 2);
          }
          const first = (i - wordBase) >>> 2;
          let w = first;
          while (w < words.length && (words[w]! & HIGH_BITS) === 0) w++;
          // Resume byte by byte at the word holding the first non-ASCII byte (or the tail).
          if (w > first) i = wordBase + (w << 2) - 1;
          continue;
        }
        if (c >= 0xc2 && c <= 0xdf) { need = 1; lo = CONT_MIN; hi = CONT_MAX; }
        else if (c === 0xe0) { need = 2; lo = 0xa0; hi = CONT_MAX; }
        else if (c === 0xed) { need = 2; lo = CONT_MIN; hi = 0x9f; }
        else if (c >= 0xe1 && c <= 0xef) { need = 2; lo = CONT_MIN; hi = CONT_MAX; }
        else if (c === 0xf0) { need = 3; lo = 0x90; hi = CONT_MAX; }
        else if (c >= 0xf1 && c <= 0xf3) { need = 3; lo = CONT_MIN; hi = CONT_MAX; }
        else if (c === 0xf4) { need = 3; lo = CONT_MIN; hi = 0x8f; }
        else return this.fail(i);
      } else {
        if (c < lo || c > hi) return this.fail(i);
        need--;
        lo = CONT_MIN;
        hi = CONT_MAX;
      }
    }
    this.need = need;
    this.lo = lo;
    this.hi = hi;
    return -1;
  }

  private fail(index: number): number {
    this.reset();
    return index;
  }
}

/** True if `bytes[start, end)` is complete, valid UTF-8. */
export function isValidUtf8(bytes: Uint8Array, start = 0, end = bytes.length): boolean {
  const v = new Utf8Validator();
  return v.push(bytes, start, end) === -1 && v.complete;
}
