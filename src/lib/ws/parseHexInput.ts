/**
 * What a reader pastes into the frame lab: hex digits with any spacing, line
 * breaks, commas and "0x" prefixes. Never throws; when the text is not hex it
 * says what is wrong and where, so the reader can fix it in place.
 */

/** The bytes, or the first problem in the text. */
export type HexInput =
  | { readonly ok: true; readonly bytes: Uint8Array }
  /** A character that is not a hex digit, separator or 0x prefix, at `index` in the text. */
  | { readonly ok: false; readonly problem: 'bad-character'; readonly char: string; readonly index: number }
  /** An odd number of digits: the last byte is half there. */
  | { readonly ok: false; readonly problem: 'odd-digits'; readonly digits: number };

const SEPARATOR = /[\s,]/;
const DIGIT = /[0-9a-f]/i;

/** Parses `text` as hex bytes. */
export function parseHexInput(text: string): HexInput {
  const digits: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    // "0x" counts as a prefix only at the start of a group, so "10x2" is not read as "1" "2".
    const groupStart = i === 0 || SEPARATOR.test(text[i - 1]!);
    if (c === '0' && (text[i + 1] === 'x' || text[i + 1] === 'X') && groupStart) { i++; continue; }
    if (SEPARATOR.test(c)) continue;
    if (!DIGIT.test(c)) return { ok: false, problem: 'bad-character', char: String.fromCodePoint(text.codePointAt(i)!), index: i };
    digits.push(c);
  }
  if (digits.length % 2 !== 0) return { ok: false, problem: 'odd-digits', digits: digits.length };
  const bytes = new Uint8Array(digits.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(digits[2 * i]! + digits[2 * i + 1]!, 16);
  return { ok: true, bytes };
}

/** The compact form a URL carries: lower-case digits, no separators. */
export function compactHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}
