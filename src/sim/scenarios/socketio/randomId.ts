/** Session ids as engine.io's base64id writes them (20 characters of base64url), drawn from a seeded stream. */
import type { Prng } from '../../engine/createPrng';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ID_LENGTH = 20;

/** A 20-character id from `prng`. */
export function randomId(prng: Prng, length = ID_LENGTH): string {
  let id = '';
  for (let i = 0; i < length; i++) id += ALPHABET[prng.nextInt(0, ALPHABET.length)];
  return id;
}
