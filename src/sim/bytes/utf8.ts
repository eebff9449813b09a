/**
 * UTF-8 without TextEncoder: the simulator's tsconfig has no DOM lib and no
 * Node types, so it carries its own codec (and the WebSocket codec needs a
 * validating decoder that reports the failing offset anyway).
 */

// How many UTF-16 code units go to one String.fromCharCode call: far below any engine's argument limit.
const DECODE_CHUNK = 4096;
// Reused by every decode (the simulator is single-threaded): no array per call.
const units = /*#__PURE__*/ new Uint16Array(DECODE_CHUNK + 2);

/** Encodes a JS string as UTF-8 bytes; lone surrogates become U+FFFD, as TextEncoder does. */
export function encodeUtf8(text: string): Uint8Array {
  // ASCII, the common case, is one byte per code unit: write straight into the result.
  let ascii = true;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) { ascii = false; break; }
  if (ascii) {
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
    return out;
  }
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else cp = 0xfffd;
    } else if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;

    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return Uint8Array.from(out);
}

/**
 * Writes `text` as UTF-8 into `target` from `offset` (exactly the bytes `encodeUtf8` returns) and returns how many
 * bytes it wrote; `target` needs room for up to 3 bytes per UTF-16 code unit. Lets a caller encode into a buffer
 * it reuses instead of allocating a byte array per string.
 */
export function encodeUtf8Into(text: string, target: Uint8Array, offset: number): number {
  let pos = offset;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      // Rare in the simulator's payloads: hand the rest to the full encoder.
      const rest = encodeUtf8(text.slice(i));
      target.set(rest, pos);
      return pos + rest.length - offset;
    }
    target[pos++] = c;
  }
  return pos - offset;
}

/** Decodes UTF-8 bytes leniently (invalid sequences become U+FFFD); for display only. */
export function decodeUtf8(bytes: Uint8Array, start = 0, end = bytes.length): string {
  // UTF-16 code units are gathered in a reused buffer and turned into a string a chunk at a time:
  // one string per chunk instead of one per character.
  let s = '';
  let n = 0;
  let i = start;
  while (i < end) {
    const b = bytes[i]!;
    let cp = 0xfffd;
    let len = 1;
    if (b < 0x80) cp = b;
    else if (b >= 0xc2 && b <= 0xdf && i + 1 < end && (bytes[i + 1]! & 0xc0) === 0x80) {
      cp = ((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
      len = 2;
    } else if (b >= 0xe0 && b <= 0xef && i + 2 < end && (bytes[i + 1]! & 0xc0) === 0x80 && (bytes[i + 2]! & 0xc0) === 0x80) {
      const c = ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
      if (c >= 0x800 && (c < 0xd800 || c > 0xdfff)) { cp = c; len = 3; }
    } else if (b >= 0xf0 && b <= 0xf4 && i + 3 < end && (bytes[i + 1]! & 0xc0) === 0x80 && (bytes[i + 2]! & 0xc0) === 0x80 && (bytes[i + 3]! & 0xc0) === 0x80) {
      const c = ((b & 0x07) << 18) | ((bytes[i + 1]! & 0x3f) << 12) | ((bytes[i + 2]! & 0x3f) << 6) | (bytes[i + 3]! & 0x3f);
      if (c >= 0x10000 && c <= 0x10ffff) { cp = c; len = 4; }
    }
    if (cp < 0x10000) units[n++] = cp;
    else {
      // Above U+FFFF: a surrogate pair, as String.fromCodePoint writes it.
      units[n++] = 0xd800 + ((cp - 0x10000) >> 10);
      units[n++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    }
    if (n >= DECODE_CHUNK) {
      s += String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
      n = 0;
    }
    i += len;
  }
  return n === 0 ? s : s + String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
}
