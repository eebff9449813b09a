/**
 * What a Player needs to step through a timeline: the time of a step, and the
 * nearest step strictly after or before a moment. All O(log n).
 */
import { lowerBound, upperBound } from './bisect';
import { timelineIndex } from './timelineIndex';
import type { Timeline } from './types';

/** Time of step `index`, clamped into the timeline (0 before the first step, the duration past the last). */
export function stepTime(timeline: Timeline, index: number): number {
  const { steps } = timeline;
  if (steps.length === 0 || index < 0) return 0;
  return steps[Math.min(index, steps.length - 1)]!.time;
}

/** Index of the first step strictly after `t`, or -1 if none. */
export function nextStepIndex(timeline: Timeline, t: number): number {
  const i = upperBound(timelineIndex(timeline).stepTimes, t);
  return i < timeline.steps.length ? i : -1;
}

/** Index of the last step strictly before `t`, or -1 if none. */
export function previousStepIndex(timeline: Timeline, t: number): number {
  return lowerBound(timelineIndex(timeline).stepTimes, t) - 1;
}
