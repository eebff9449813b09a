import { describe, expect, it } from 'vitest';
import { generateEvents } from './generateEvents';

describe('generateEvents', () => {
  it('numbers events from 0 in time order, each with a payload of the requested size', () => {
    const events = generateEvents({ kind: 'list', times: [300, 100, 200] }, 1000, 40, 1);
    expect(events.map((e) => [e.id, e.time])).toEqual([[0, 100], [1, 200], [2, 300]]);
    expect(events.every((e) => e.payload.length === 40)).toBe(true);
  });

  it('gives different random events for different scenario seeds', () => {
    const schedule = { kind: 'random', ratePerSecond: 10 } as const;
    expect(generateEvents(schedule, 5000, 10, 1)).not.toEqual(generateEvents(schedule, 5000, 10, 2));
  });

  it('lets a random schedule’s own seed override the scenario seed', () => {
    const schedule = { kind: 'random', ratePerSecond: 10, seed: 77 } as const;
    expect(generateEvents(schedule, 5000, 10, 1)).toEqual(generateEvents(schedule, 5000, 10, 2));
  });
});
