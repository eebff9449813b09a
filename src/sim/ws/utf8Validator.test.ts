import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Utf8Validator, isValidUtf8 } from './utf8Validator';

// Any Unicode scalar value (no lone surrogates), built from code points: fast-check's
// 'binary' string unit takes seconds to set up.
const scalar = fc.oneof(fc.integer({ min: 0, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0x10ffff }));
const unicodeString = (maxLength: number) => fc.array(scalar, { maxLength }).map((cps) => String.fromCodePoint(...cps));

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

  it('skips long ASCII runs a word at a time yet still finds a bad byte at any alignment', () => {
    for (let offset = 0; offset < 4; offset++) {
      for (let bad = 0; bad < 80; bad += 7) {
        const backing = new Uint8Array(offset + 100).fill(0x61);
        const text = backing.subarray(offset);
        text[bad] = 0xff;
        expect(new Utf8Validator().push(text)).toBe(bad);
        text[bad] = 0xc3; // a valid 2-byte character starts here
        text[bad + 1] = 0xa9;
        expect(isValidUtf8(text)).toBe(true);
      }
    }
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

  it('agrees with a fatal TextDecoder on long, mostly ASCII input at any alignment', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const mostlyAscii = fc.oneof({ weight: 30, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) }, { weight: 1, arbitrary: fc.integer({ min: 0x80, max: 0xff }) });
    fc.assert(
      fc.property(fc.array(mostlyAscii, { maxLength: 400 }), fc.integer({ min: 0, max: 3 }), (values, offset) => {
        const backing = new Uint8Array(offset + values.length);
        backing.set(values, offset);
        const bytes = backing.subarray(offset);
        let expected = true;
        try { decoder.decode(bytes); } catch { expected = false; }
        expect(isValidUtf8(bytes)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts any encoded string split at every position', () => {
    fc.assert(
      fc.property(unicodeString(12), (text) => {
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
