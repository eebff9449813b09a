import { describe, expect, it } from 'vitest';
import { nextStepIndex, previousStepIndex, stepTime } from './stepNavigation';
import { TimelineBuilder } from './timelineBuilder';

const timeline = (() => {
  const b = new TimelineBuilder('polling', [{ id: 'client', role: 'client' }]);
  for (const t of [10, 20, 20, 30]) b.timer('client', 'poll-interval', t, 10);
  return b.build();
})();

describe('step navigation', () => {
  it('gives a step’s time, clamped at both ends', () => {
    expect([-1, 0, 1, 2, 3, 4].map((i) => stepTime(timeline, i))).toEqual([0, 10, 20, 20, 30, 30]);
  });

  it('finds the first step strictly after a time', () => {
    expect([0, 10, 15, 20, 29.9, 30].map((t) => nextStepIndex(timeline, t))).toEqual([0, 1, 1, 3, 3, -1]);
  });

  it('finds the last step strictly before a time', () => {
    expect([10, 10.1, 20, 25, 31].map((t) => previousStepIndex(timeline, t))).toEqual([-1, 0, 0, 2, 3]);
  });
});
