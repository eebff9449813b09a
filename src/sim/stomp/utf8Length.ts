/**
 * The UTF-8 size of a string without encoding it: what `encodeUtf8` would
 * write (a lone surrogate becomes U+FFFD, 3 bytes, as TextEncoder does). Lets
 * a sender know a frame's exact length before, or without, writing its bytes.
 */

/** Bytes `encodeUtf8(text)` returns. */
export function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) { n += 1; continue; }
    // A high surrogate followed by a low one is one code point above U+FFFF: 4 bytes for 2 code units.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) { n += 2; i++; continue; }
    }
    n += 2;
  }
  return n;
}

/** True when `text` has no lone surrogate, so decoding `encodeUtf8(text)` gives `text` back. */
export function roundTripsUtf8(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c > 0xdbff || i + 1 >= text.length) return false;
    const next = text.charCodeAt(i + 1);
    if (next < 0xdc00 || next > 0xdfff) return false;
    i++;
  }
  return true;
}
