import { describe, expect, it } from 'vitest';
import { createPrng } from '../engine/createPrng';
import { IntervalIndex } from './intervalIndex';

describe('IntervalIndex', () => {
  it('finds the half-open intervals that contain t', () => {
    const index = new IntervalIndex(Float64Array.from([0, 2, 4]), Float64Array.from([10, 4, 5]));
    expect(index.stab(-1)).toEqual([]);
    expect(index.stab(2)).toEqual([0, 1]);
    expect(index.stab(4)).toEqual([0, 2]); // [2, 4) has ended at 4
    expect(index.stab(10)).toEqual([]);
  });

  it('agrees with a linear scan on 500 random intervals, one of them very long', () => {
    const prng = createPrng(21);
    const starts: number[] = [];
    const ends: number[] = [];
    let t = 0;
    for (let i = 0; i < 500; i++) {
      t += prng.nextFloat(0, 10);
      starts.push(t);
      ends.push(i === 3 ? 1e9 : t + prng.nextFloat(0, 30));
    }
    const index = new IntervalIndex(Float64Array.from(starts), Float64Array.from(ends));
    for (let q = 0; q < 300; q++) {
      const x = prng.nextFloat(-10, t + 40);
      const expected = starts.flatMap((s, i) => (s <= x && x < ends[i]! ? [i] : []));
      expect(index.stab(x)).toEqual(expected);
    }
  });

  it('handles an empty index', () => {
    expect(new IntervalIndex(new Float64Array(0), new Float64Array(0)).stab(3)).toEqual([]);
  });
});
