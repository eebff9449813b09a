import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../i18n';
import { formatNumber } from './formatNumber';

describe('formatNumber', () => {
  it('groups thousands in English', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
  });

  it('rounds to the requested decimals', () => {
    expect(formatNumber(12.345, 'en', 1)).toBe('12.3');
    expect(formatNumber(12, 'en', 1)).toBe('12.0');
  });

  it('formats for Korean readers with the Korean locale (the same grouping and decimal point)', () => {
    expect(formatNumber(1234567.891, 'ko', 1)).toBe(new Intl.NumberFormat('ko', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(1234567.891));
    expect(formatNumber(1014.5, 'ko', 1)).toBe('1,014.5');
  });

  it('shows a dash for a number that does not exist', () => {
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('—');
  });
});

describe('formatNumber without Intl', () => {
  it('writes what Intl.NumberFormat writes, in both languages, for any number and 0 to 3 decimals', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.double({ min: -1e7, max: 1e7, noNaN: true })), fc.constantFrom<Lang>('en', 'ko'), fc.integer({ min: 0, max: 3 }), (value, lang, decimals) => {
        const intl = new Intl.NumberFormat(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
        expect(formatNumber(value, lang, decimals)).toBe(intl);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps Intl’s sign for negatives that round to zero, and its halves', () => {
    expect(formatNumber(-0.4)).toBe(new Intl.NumberFormat('en', { maximumFractionDigits: 0 }).format(-0.4));
    expect(formatNumber(2.5)).toBe('3');
    expect(formatNumber(-2.5)).toBe('-3');
    expect(formatNumber(1.005, 'en', 2)).toBe(new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(1.005));
  });
});
