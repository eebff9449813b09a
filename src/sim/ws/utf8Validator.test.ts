import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Utf8Validator, isValidUtf8 } from './utf8Validator';

const hex = (s: string) => Uint8Array.from(s.split(' ').filter(Boolean).map((h) => parseInt(h, 16)));

describe('Utf8Validator', () => {
  it('accepts ASCII, Hangul, and a 4-byte emoji', () => {
    expect(isValidUtf8(new TextEncoder().encode('Hello 양방향 통신 😀'))).toBe(true);
  });

  it('accepts the boundaries U+007F, U+0080, U+07FF, U+0800, U+FFFF, U+10000 and U+10FFFF', () => {
    expect(isValidUtf8(hex('7f c2 80 df bf e0 a0 80 ef bf bf f0 90 80 80 f4 8f bf bf'))).toBe(true);
  });

  it('rejects the overlong forms of "/" at the lead byte or the first byte out of range', () => {
    expect(new Utf8Validator().push(hex('c0 af'))).toBe(0);
    expect(new Utf8Validator().push(hex('c1 bf'))).toBe(0);
    expect(new Utf8Validator().push(hex('e0 80 af'))).toBe(1);
    expect(new Utf8Validator().push(hex('f0 80 80 af'))).toBe(1);
  });

  it('rejects UTF-16 surrogates encoded as UTF-8 (ED A0 80 is U+D800)', () => {
    expect(new Utf8Validator().push(hex('41 ed a0 80'))).toBe(2);
    expect(new Utf8Validator().push(hex('ed bf bf'))).toBe(1);
  });

  it('rejects code points above U+10FFFF and the bytes F5–FF', () => {
    expect(new Utf8Validator().push(hex('f4 90 80 80'))).toBe(1);
    expect(new Utf8Validator().push(hex('f5 80 80 80'))).toBe(0);
    expect(new Utf8Validator().push(hex('ff'))).toBe(0);
  });

  it('rejects a stray continuation byte and a lead byte followed by ASCII', () => {
    expect(new Utf8Validator().push(hex('61 80'))).toBe(1);
    expect(new Utf8Validator().push(hex('e2 82 41'))).toBe(2);
  });

  it('accepts a code point split across pushes and reports it incomplete in between', () => {
    const v = new Utf8Validator();
    const euro = hex('e2 82 ac');
    expect(v.push(euro, 0, 1)).toBe(-1);
    expect(v.complete).toBe(false);
    expect(v.push(euro, 1, 2)).toBe(-1);
    expect(v.push(euro, 2, 3)).toBe(-1);
    expect(v.complete).toBe(true);
  });

  it('treats a message that ends inside a code point as invalid', () => {
    expect(isValidUtf8(hex('ce ba e1 bd'))).toBe(false);
  });

  it('agrees with a fatal TextDecoder on arbitrary bytes, whole or split anywhere', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const reference = (b: Uint8Array) => {
      try { decoder.decode(b); return true; } catch { return false; }
    };
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.nat(), (bytes, cut) => {
        const split = bytes.length === 0 ? 0 : cut % (bytes.length + 1);
        const v = new Utf8Validator();
        const ok = v.push(bytes, 0, split) === -1 && v.push(bytes, split, bytes.length) === -1 && v.complete;
        expect(ok).toBe(reference(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts any encoded string split at every position', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (text) => {
        const bytes = new TextEncoder().encode(text);
        for (let split = 0; split <= bytes.length; split++) {
          const v = new Utf8Validator();
          expect(v.push(bytes, 0, split)).toBe(-1);
          expect(v.push(bytes, split)).toBe(-1);
          expect(v.complete).toBe(true);
        }
      }),
    );
  });
});
