import { describe, expect, it } from 'vitest';
import { createPrng } from './createPrng';

const draws = (seed: number, n: number): number[] => {
  const prng = createPrng(seed);
  return Array.from({ length: n }, () => prng.next());
};

describe('createPrng', () => {
  it('reproduces the same sequence for the same seed', () => {
    expect(draws(42, 100)).toEqual(draws(42, 100));
  });

  it('gives a different sequence for a neighbouring seed', () => {
    const a = draws(1, 20);
    const b = draws(2, 20);
    expect(a.filter((x, i) => x === b[i])).toHaveLength(0);
  });

  it('keeps next() in [0, 1) with a mean near one half', () => {
    const xs = draws(7, 20_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.49);
    expect(mean).toBeLessThan(0.51);
  });

  it('draws every integer of nextInt(3, 7) and nothing outside it', () => {
    const prng = createPrng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(prng.nextInt(3, 7));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('keeps nextFloat(-2, 5) inside [-2, 5)', () => {
    const prng = createPrng(9);
    for (let i = 0; i < 1000; i++) {
      const x = prng.nextFloat(-2, 5);
      expect(x).toBeGreaterThanOrEqual(-2);
      expect(x).toBeLessThan(5);
    }
  });
});
