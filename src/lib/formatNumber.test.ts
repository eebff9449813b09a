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

  it('shows a dash for a number that does not exist', () => {
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('—');
  });
});
