/** Session ids as engine.io's base64id writes them (20 characters of base64url), drawn from a seeded stream. */
import type { Prng } from '../../engine/createPrng';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ID_LENGTH = 20;
// One list of character codes reused by every call (a run draws a cache buster per request).
const codes: number[] = [];

/** A 20-character id from `prng`, written as one flat string (not a string per character added). */
export function randomId(prng: Prng, length = ID_LENGTH): string {
  codes.length = length;
  for (let i = 0; i < length; i++) codes[i] = ALPHABET.charCodeAt(prng.nextInt(0, ALPHABET.length));
  return String.fromCharCode.apply(null, codes);
}

const WORD_CHARS = 4;
const CHAR_BITS = 6;
const CHAR_MASK = 0x3f;

/**
 * The next four characters `randomId` would draw from `prng`, kept as one 24-bit integer (6 bits a character, the
 * first highest): a small integer where a string would be an object for the garbage collector to copy.
 */
export function randomIdWord(prng: Prng): number {
  let word = 0;
  for (let i = 0; i < WORD_CHARS; i++) word = (word << CHAR_BITS) | prng.nextInt(0, ALPHABET.length);
  return word;
}

/** The characters of `words` (each from `randomIdWord`), in order: what `randomId` would have written. */
export function idWordsText(...words: readonly number[]): string {
  codes.length = WORD_CHARS * words.length;
  for (let w = 0; w < words.length; w++) {
    for (let i = 0; i < WORD_CHARS; i++) codes[WORD_CHARS * w + i] = ALPHABET.charCodeAt((words[w]! >>> (CHAR_BITS * (WORD_CHARS - 1 - i))) & CHAR_MASK);
  }
  return String.fromCharCode.apply(null, codes);
}
