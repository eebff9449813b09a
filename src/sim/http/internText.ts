/**
 * Text of a short ASCII byte range, the same string object as the last time
 * those bytes were read: a parser reading message after message meets the
 * same header names, values, methods and versions again. A hit allocates
 * nothing, and a string met before already has its hash (the header meaning
 * and field name lookups key on it). Equal bytes give an equal string either
 * way: the result is what decodeText returns.
 */
import { decodeText } from './decodeText';

const SLOTS = 1024;
// Longer texts (a cookie, a body) rarely repeat byte for byte: not worth keeping.
const MAX_INTERNED = 128;
const ASCII_LIMIT = 0x80;
const HASH_MULTIPLIER = 31;

const slots: (string | undefined)[] = [];

/** `bytes[start, end)` as text, reusing the string of an earlier read of the same ASCII bytes. */
export function internText(bytes: Uint8Array, start: number, end: number): string {
  const n = end - start;
  if (n > MAX_INTERNED) return decodeText(bytes, start, end);
  let hash = n;
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    if (b >= ASCII_LIMIT) return decodeText(bytes, start, end);
    hash = (Math.imul(hash, HASH_MULTIPLIER) + b) | 0;
  }
  const slot = hash & (SLOTS - 1);
  const seen = slots[slot];
  if (seen !== undefined && seen.length === n) {
    let same = true;
    for (let i = 0; i < n && same; i++) same = seen.charCodeAt(i) === bytes[start + i];
    if (same) return seen;
  }
  const text = decodeText(bytes, start, end);
  slots[slot] = text;
  return text;
}
