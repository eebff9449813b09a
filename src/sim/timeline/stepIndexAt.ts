import { upperBound } from './bisect';
import { timelineIndex } from './timelineIndex';
import type { Timeline } from './types';

/** Index of the last step with time <= t, or -1 before the first step. O(log n). */
export function stepIndexAt(timeline: Timeline, t: number): number {
  return upperBound(timelineIndex(timeline).stepTimes, t) - 1;
}
