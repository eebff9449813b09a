import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../bytes/utf8';
import { createPrng } from '../engine/createPrng';
import { decodeText } from './decodeText';
import { fieldName } from './fieldName';
import { internText } from './internText';

describe('internText', () => {
  it('reads the same text as decodeText, for ASCII, UTF-8, empty and long ranges alike', () => {
    const prng = createPrng(7);
    const alphabet = 'Aa-: é€😀\t';
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const length = prng.nextInt(0, 200);
      for (let i = 0; i < length; i++) text += alphabet[prng.nextInt(0, alphabet.length)];
      const bytes = encodeUtf8(`>${text}<`);
      expect(internText(bytes, 1, bytes.length - 1)).toBe(decodeText(bytes, 1, bytes.length - 1));
    }
  });

  it('gives back the string of an earlier read of the same bytes, and never another text', () => {
    const a = encodeUtf8('Content-Type');
    const b = encodeUtf8('xContent-Type');
    const first = internText(a, 0, a.length);
    expect(internText(b, 1, b.length)).toBe(first);
    // Many texts share the 1024 slots: whatever a slot held, the answer is the text of these bytes.
    for (let i = 0; i < 5000; i++) {
      const bytes = encodeUtf8(`X-Header-${i}`);
      expect(internText(bytes, 0, bytes.length)).toBe(`X-Header-${i}`);
    }
  });
});

describe('fieldName', () => {
  it('prefixes a header or trailer name, one string per name', () => {
    expect(fieldName('header:', 'Host')).toBe('header:Host');
    expect(fieldName('trailer:', 'Host')).toBe('trailer:Host');
    for (let i = 0; i < 400; i++) expect(fieldName('header:', `N${i}`)).toBe(`header:N${i}`);
  });
});
