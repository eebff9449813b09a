import { describe, expect, it } from 'vitest';
import { formatCount, formatRate } from './formatRate';

describe('formatRate', () => {
  it('uses SI prefixes with three significant figures', () => {
    expect(formatRate(6_968_000)).toBe('6.97 Mbit/s');
    expect(formatRate(16_000)).toBe('16 kbit/s');
    expect(formatRate(120)).toBe('120 bit/s');
    expect(formatRate(2.5e9)).toBe('2.5 Gbit/s');
  });
  it('shows a dash for what is not a number', () => {
    expect(formatRate(Number.NaN)).toBe('—');
    expect(formatCount(Infinity)).toBe('—');
  });
  it('groups counts', () => {
    expect(formatCount(12_345)).toBe('12,300');
  });
});
