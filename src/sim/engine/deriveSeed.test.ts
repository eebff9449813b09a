import { describe, expect, it } from 'vitest';
import { deriveSeed } from './deriveSeed';

describe('deriveSeed', () => {
  it('is a pure function of seed and stream name', () => {
    expect(deriveSeed(5, 'jitter')).toBe(deriveSeed(5, 'jitter'));
  });

  it('gives different streams and different seeds different values', () => {
    const values = new Set([deriveSeed(5, 'jitter'), deriveSeed(5, 'events'), deriveSeed(6, 'jitter'), deriveSeed(6, 'events')]);
    expect(values.size).toBe(4);
  });

  it('returns an unsigned 32-bit integer', () => {
    const v = deriveSeed(-1, 'x');
    expect(Number.isInteger(v) && v >= 0 && v < 2 ** 32).toBe(true);
  });
});
