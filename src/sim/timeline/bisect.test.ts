import { describe, expect, it } from 'vitest';
import { lowerBound, upperBound } from './bisect';

const values = Float64Array.from([1, 3, 3, 3, 7]);

describe('bisect', () => {
  it('upperBound counts the values <= x', () => {
    expect([0, 1, 2, 3, 6, 7, 9].map((x) => upperBound(values, x))).toEqual([0, 1, 1, 4, 4, 5, 5]);
  });

  it('lowerBound counts the values < x', () => {
    expect([0, 1, 2, 3, 6, 7, 9].map((x) => lowerBound(values, x))).toEqual([0, 0, 1, 1, 4, 4, 5]);
  });

  it('answers 0 on an empty array', () => {
    expect(upperBound(new Float64Array(0), 5)).toBe(0);
    expect(lowerBound(new Float64Array(0), 5)).toBe(0);
  });
});
