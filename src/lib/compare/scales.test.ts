import { describe, expect, it } from 'vitest';
import { linearScale, linearTicks, logScale, logTicks } from './scales';

describe('linearScale', () => {
  it('maps the domain ends onto the range ends, and the middle onto the middle', () => {
    const x = linearScale(0, 200, 40, 440);
    expect([x(0), x(100), x(200)]).toEqual([40, 240, 440]);
  });
  it('runs upside down for a y axis', () => {
    expect(linearScale(0, 10, 300, 0)(10)).toBe(0);
  });
  it('maps everything to the start of the range when the domain has no width', () => {
    expect(linearScale(5, 5, 10, 20)(5)).toBe(10);
  });
});

describe('logScale', () => {
  it('gives every decade the same width', () => {
    const x = logScale(10, 100_000, 0, 400);
    expect(x(10)).toBe(0);
    expect(x(100)).toBeCloseTo(100, 9);
    expect(x(1000)).toBeCloseTo(200, 9);
    expect(x(100_000)).toBeCloseTo(400, 9);
  });
  it('clamps zero and negatives to the start instead of returning -Infinity', () => {
    expect(logScale(1, 1000, 5, 50)(0)).toBe(5);
  });
});

describe('linearTicks', () => {
  it('picks steps of 1, 2 or 5 × 10^k that reach past the maximum', () => {
    expect(linearTicks(930, 5)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(linearTicks(42, 4)).toEqual([0, 20, 40, 60]);
    expect(linearTicks(0.9, 3)).toEqual([0, 0.5, 1]);
  });
  it('gives a lone zero for an empty range', () => {
    expect(linearTicks(0)).toEqual([0]);
  });
});

describe('logTicks', () => {
  it('lists the powers of ten around the range', () => {
    expect(logTicks(10, 100_000)).toEqual([10, 100, 1000, 10_000, 100_000]);
    expect(logTicks(3, 450)).toEqual([1, 10, 100, 1000]);
  });
});
