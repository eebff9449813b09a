/** Where UTF-8 text first goes wrong, for codecs that report a byte offset. */
import { Utf8Validator } from '../ws/utf8Validator';

/** The offset of the first byte of `bytes[start, end)` that makes it invalid UTF-8 (a cut-off code point counts at `end`), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array, start = 0, end = bytes.length): number {
  const validator = new Utf8Validator();
  const bad = validator.push(bytes, start, end);
  if (bad >= 0) return bad;
  return validator.complete ? -1 : end;
}
