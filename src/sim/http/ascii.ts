/** Byte values and character classes of HTTP/1.1 syntax (RFC 9110 §5.6, RFC 9112 §2). */

export const CR = 0x0d;
export const LF = 0x0a;
export const SP = 0x20;
export const HTAB = 0x09;
export const COLON = 0x3a;
export const SEMICOLON = 0x3b;
export const DEL = 0x7f;
/** First byte above US-ASCII: obs-text starts here (RFC 9110 §5.5). */
export const OBS_TEXT_MIN = 0x80;

// RFC 9110 §5.6.2: tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." /
// "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
const TCHAR = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) TCHAR[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) TCHAR[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) TCHAR[c] = 1;
for (const ch of "!#$%&'*+-.^_`|~") TCHAR[ch.charCodeAt(0)] = 1;

/** True if byte `b` may appear in a token (method, header name). */
export function isTchar(b: number): boolean {
  return b < 128 && TCHAR[b] === 1;
}

/** True for VCHAR (visible US-ASCII, RFC 5234 B.1). */
export function isVchar(b: number): boolean {
  return b > SP && b < DEL;
}

/** True for a byte allowed inside a field value or reason phrase: HTAB / SP / VCHAR / obs-text. */
export function isFieldContentByte(b: number): boolean {
  return b === HTAB || b === SP || isVchar(b) || b >= OBS_TEXT_MIN;
}

/** True for "0"-"9". */
export function isDigit(b: number): boolean {
  return b >= 0x30 && b <= 0x39;
}

/** Value of a hex digit byte, or -1 (RFC 5234 HEXDIG, case-insensitive as RFC 9112 §7.1 allows). */
export function hexValue(b: number): number {
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  if (b >= 0x61 && b <= 0x66) return b - 0x61 + 10;
  if (b >= 0x41 && b <= 0x46) return b - 0x41 + 10;
  return -1;
}
