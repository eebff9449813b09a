/**
 * Hex text ⇄ bytes, for fixtures and for the frame lab's "paste hex" box.
 */

/** Parses hex digits, ignoring whitespace, commas and "0x" prefixes; undefined if anything else is there or a digit is left over. */
export function hexToBytes(text: string): Uint8Array | undefined {
  const digits = text.replace(/0x/gi, '').replace(/[\s,]+/g, '');
  if (digits.length % 2 !== 0 || /[^0-9a-f]/i.test(digits)) return undefined;
  const out = new Uint8Array(digits.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(digits.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Formats bytes as lower-case hex pairs separated by single spaces. */
export function bytesToHex(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += (i ? ' ' : '') + bytes[i]!.toString(16).padStart(2, '0');
  return s;
}
