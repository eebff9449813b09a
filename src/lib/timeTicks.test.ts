import { describe, expect, it } from 'vitest';
import { timeTicks } from './timeTicks';

describe('timeTicks', () => {
  it('picks round steps of 1, 2 or 5 times a power of ten', () => {
    expect(timeTicks(0, 600)).toEqual([0, 200, 400, 600]);
    expect(timeTicks(130, 1130)).toEqual([200, 400, 600, 800, 1000]);
    expect(timeTicks(0, 10)).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('lands exactly on round values despite float steps', () => {
    expect(timeTicks(0, 0.6)).toEqual([0, 0.2, 0.4, 0.6]);
  });

  it('returns no ticks for an empty range', () => {
    expect(timeTicks(5, 5)).toEqual([]);
  });
});
