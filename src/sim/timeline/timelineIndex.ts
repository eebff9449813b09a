/**
 * Sorted arrays precomputed once per timeline so that every reader query is a
 * binary search. Cached per timeline object: timelines are immutable, and a
 * scrubber asks about the same one thousands of times.
 */
import { IntervalIndex } from './intervalIndex';
import type { Timeline } from './types';

/** The lookup structures behind `stateAt` and `stepIndexAt`. */
export interface TimelineIndex {
  /** steps[i].time, ascending. */
  readonly stepTimes: Float64Array;
  /** Transfers on the wire: [sentAt, arrivedAt). */
  readonly transfers: IntervalIndex;
  /** Active holds: [from, until). */
  readonly holds: IntervalIndex;
  /** Event generation times, ascending. */
  readonly generatedAt: Float64Array;
  /** Delivery times of delivered events, ascending. */
  readonly deliveredAt: Float64Array;
}

const cache = new WeakMap<Timeline, TimelineIndex>();

/** Returns the (cached) lookup index of `timeline`. */
export function timelineIndex(timeline: Timeline): TimelineIndex {
  let index = cache.get(timeline);
  if (!index) {
    index = buildIndex(timeline);
    cache.set(timeline, index);
  }
  return index;
}

function buildIndex(timeline: Timeline): TimelineIndex {
  const { steps, transfers, holds, events } = timeline;
  const stepTimes = Float64Array.from(steps, (s) => s.time);
  // Transfers and holds are recorded as they start, so both are already sorted by start.
  const transferIndex = new IntervalIndex(Float64Array.from(transfers, (t) => t.sentAt), Float64Array.from(transfers, (t) => t.arrivedAt));
  const holdIndex = new IntervalIndex(Float64Array.from(holds, (h) => h.from), Float64Array.from(holds, (h) => h.until));
  const generatedAt = Float64Array.from(events, (e) => e.generatedAt).sort();
  const delivered: number[] = [];
  for (const e of events) if (e.deliveredAt !== undefined) delivered.push(e.deliveredAt);
  const deliveredAt = Float64Array.from(delivered).sort();
  return { stepTimes, transfers: transferIndex, holds: holdIndex, generatedAt, deliveredAt };
}
