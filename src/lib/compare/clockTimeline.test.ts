import { describe, expect, it } from 'vitest';
import { compareTechniques, stateAt } from '../../sim';
import { presetKnobs } from '../../widgets/compareKnobs';
import { toCompareParams } from '../../widgets/toCompareParams';
import { clockTimeline } from './clockTimeline';

describe('clockTimeline', () => {
  const timelines = compareTechniques(toCompareParams(presetKnobs('chat')), ['polling', 'long-polling', 'streaming']).map((r) => r.timeline);
  const clock = clockTimeline(timelines);

  it('holds every step of every technique, in time order', () => {
    expect(clock.steps.length).toBe(timelines.reduce((n, t) => n + t.steps.length, 0));
    for (let i = 1; i < clock.steps.length; i++) expect(clock.steps[i]!.time).toBeGreaterThanOrEqual(clock.steps[i - 1]!.time);
  });

  it('lasts as long as the longest technique', () => {
    expect(clock.duration).toBe(Math.max(...timelines.map((t) => t.duration)));
  });

  it('keeps technique order among steps at the same time', () => {
    const first = clock.steps.filter((s) => s.time === 0);
    expect(first[0]).toBe(timelines[0]!.steps[0]);
  });

  it('can be read with stateAt like any timeline (no transfers of its own)', () => {
    const state = stateAt(clock, clock.duration / 2);
    expect(state.inFlight).toEqual([]);
    expect(state.stepIndex).toBeGreaterThan(0);
  });
});
