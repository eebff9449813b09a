import { describe, expect, it } from 'vitest';
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
