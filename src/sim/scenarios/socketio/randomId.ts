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
