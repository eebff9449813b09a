import { describe, expect, it } from 'vitest';
import { pollingTimeline } from '../components/fixtures/pollingTimeline';
import { stepsBetween } from './stepsBetween';

describe('stepsBetween', () => {
  it('returns the steps in a closed time range, in order', () => {
    expect(stepsBetween(pollingTimeline, 50, 400).map((s) => s.kind)).toEqual(['arrive', 'send', 'arrive', 'app-event']);
  });

  it('returns nothing for a range with no steps', () => {
    expect(stepsBetween(pollingTimeline, 500, 900)).toEqual([]);
  });

  it('stops at the given step, even among steps at the same time', () => {
    expect(stepsBetween(pollingTimeline, 0, 50, 2).map((s) => s.kind)).toEqual(['state', 'send', 'arrive']);
  });
});
