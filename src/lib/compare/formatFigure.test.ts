import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../formatNumber';
import { formatFigure } from './formatFigure';

describe('formatFigure', () => {
  it('writes what formatNumber writes, in English and Korean, for any figure and 0 to 3 decimals', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ min: -1e15, max: 1e15, noNaN: true }), fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000), fc.integer({ min: 0, max: 1e6 }).map((n) => n / 8)),
        fc.constantFrom('en' as const, 'ko' as const),
        fc.integer({ min: 0, max: 3 }),
        (value, lang, decimals) => {
          expect(formatFigure(value, lang, decimals)).toBe(formatNumber(value, lang, decimals));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('rounds half away from zero on the decimal form, as Intl does', () => {
    for (const [value, decimals] of [[1.005, 2], [2.5, 0], [0.125, 2], [-2.5, 0], [70.85440000000622, 1], [1234567.891, 1], [0, 2], [-0, 0], [999.95, 1]] as const) {
      expect(formatFigure(value, 'en', decimals)).toBe(formatNumber(value, 'en', decimals));
    }
    expect(formatFigure(1.005, 'en', 2)).toBe('1.01');
    expect(formatFigure(1234567.891, 'ko', 1)).toBe('1,234,567.9');
    expect(formatFigure(Number.NaN)).toBe('—');
  });
});
