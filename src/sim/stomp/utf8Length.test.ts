import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, encodeUtf8 } from '../bytes/utf8';
import { roundTripsUtf8, utf8Length } from './utf8Length';

// Strings of any UTF-16 code units, lone surrogates included.
const anyText = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 20 }).map((units) => String.fromCharCode(...units));
const samples = ['', 'abc', 'é', '€', '😀', 'a😀b', '\ud800', '\udc00x', 'x\ud83d', '\ud83d\ud83d\ude00'];

describe('utf8Length', () => {
  it('counts the bytes encodeUtf8 writes, a lone surrogate as U+FFFD', () => {
    for (const s of samples) expect(utf8Length(s)).toBe(encodeUtf8(s).length);
    fc.assert(fc.property(anyText, (s) => utf8Length(s) === encodeUtf8(s).length), { numRuns: 500 });
  });
});

describe('roundTripsUtf8', () => {
  it('is true exactly when decoding the UTF-8 gives the string back', () => {
    expect(samples.map(roundTripsUtf8)).toEqual([true, true, true, true, true, true, false, false, false, false]);
    fc.assert(fc.property(anyText, (s) => roundTripsUtf8(s) === (decodeUtf8(encodeUtf8(s)) === s)), { numRuns: 500 });
  });
});
