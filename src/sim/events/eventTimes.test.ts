import { describe, expect, it } from 'vitest';
import { createPrng } from '../engine/createPrng';
import { MAX_EVENTS, eventTimes } from './eventTimes';

const prng = () => createPrng(1);

describe('eventTimes', () => {
  it('starts a periodic schedule one period in and stops at the end of the window', () => {
    expect(eventTimes({ kind: 'periodic', periodMs: 250 }, 1000, prng())).toEqual([250, 500, 750, 1000]);
  });

  it('honours a periodic schedule’s start and count', () => {
    expect(eventTimes({ kind: 'periodic', periodMs: 100, startMs: 0, count: 3 }, 1000, prng())).toEqual([0, 100, 200]);
  });

  it('draws random arrivals whose count is near rate × duration', () => {
    // 20 events/s for 100 s: Poisson mean 2,000, standard deviation ~45.
    const times = eventTimes({ kind: 'random', ratePerSecond: 20 }, 100_000, prng());
    expect(times.length).toBeGreaterThan(1800);
    expect(times.length).toBeLessThan(2200);
    expect(times.every((t, i) => i === 0 || t >= times[i - 1]!)).toBe(true);
  });

  it('draws the same random times from the same PRNG seed', () => {
    const schedule = { kind: 'random', ratePerSecond: 5 } as const;
    expect(eventTimes(schedule, 10_000, createPrng(9))).toEqual(eventTimes(schedule, 10_000, createPrng(9)));
  });

  it('lays out bursts of `size` events `spacingMs` apart every `everyMs`', () => {
    expect(eventTimes({ kind: 'bursts', everyMs: 1000, size: 3, spacingMs: 10 }, 2500, prng())).toEqual([
      1000, 1010, 1020, 2000, 2010, 2020,
    ]);
  });

  it('sorts overlapping bursts into time order', () => {
    const times = eventTimes({ kind: 'bursts', everyMs: 100, size: 3, spacingMs: 60 }, 250, prng());
    expect(times).toEqual([100, 160, 200, 220]);
  });

  it('sorts a list and drops times outside the window', () => {
    expect(eventTimes({ kind: 'list', times: [900, -1, 30, 5000, Number.NaN, 30] }, 1000, prng())).toEqual([30, 30, 900]);
  });

  it(`caps a zero-period schedule at ${MAX_EVENTS} events`, () => {
    expect(eventTimes({ kind: 'periodic', periodMs: 0 }, 10, prng())).toHaveLength(MAX_EVENTS);
  });

  it('produces nothing for a non-positive rate', () => {
    expect(eventTimes({ kind: 'random', ratePerSecond: 0 }, 10_000, prng())).toEqual([]);
  });
});
