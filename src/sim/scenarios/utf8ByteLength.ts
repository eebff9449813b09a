/**
 * How many bytes a string takes as UTF-8, without encoding it: deferred
 * messages need their body size up front.
 */

const ONE_BYTE_LIMIT = 0x80;
const TWO_BYTE_LIMIT = 0x800;
const HIGH_SURROGATE_FIRST = 0xd800;
const HIGH_SURROGATE_LAST = 0xdbff;
const LOW_SURROGATE_FIRST = 0xdc00;
const LOW_SURROGATE_LAST = 0xdfff;

/** UTF-8 length of `text`, counting a lone surrogate as U+FFFD (3 bytes), exactly as `encodeUtf8` encodes it. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < ONE_BYTE_LIMIT) bytes += 1;
    else if (c < TWO_BYTE_LIMIT) bytes += 2;
    else if (c >= HIGH_SURROGATE_FIRST && c <= HIGH_SURROGATE_LAST && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= LOW_SURROGATE_FIRST && next <= LOW_SURROGATE_LAST) {
        bytes += 4; // a surrogate pair: one code point above U+FFFF
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
