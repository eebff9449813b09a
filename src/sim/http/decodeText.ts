/** Fast text of a byte range for parsers: HTTP heads are almost always ASCII. */
import { decodeUtf8 } from '../bytes/utf8';

const ASCII_LIMIT = 0x80;
// Below this, building the string byte by byte beats creating a subarray view.
const SHORT = 24;
// Spread arguments are bounded by the engine's stack; heads stay far below this.
const MAX_SPREAD = 4096;

/** `bytes[start, end)` as text: a fast path for ASCII, lenient UTF-8 otherwise. */
export function decodeText(bytes: Uint8Array, start: number, end: number): string {
  if (end - start > MAX_SPREAD) return decodeUtf8(bytes, start, end);
  for (let i = start; i < end; i++) if (bytes[i]! >= ASCII_LIMIT) return decodeUtf8(bytes, start, end);
  if (end - start <= SHORT) {
    let s = '';
    for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i]!);
    return s;
  }
  return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
}
