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
// Step times a builder kept as a column: the index reads them without making the step objects.
const knownStepTimes = new WeakMap<Timeline, () => Float64Array>();

/** Tells the index where `timeline`'s step times are, so that building it does not read `timeline.steps`. */
export function knowStepTimes(timeline: Timeline, times: () => Float64Array): void {
  knownStepTimes.set(timeline, times);
}

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
  const { transfers, holds, events } = timeline;
  const known = knownStepTimes.get(timeline);
  const stepTimes = known === undefined ? column(timeline.steps, (s) => s.time) : known();
  // Transfers and holds are recorded as they start, so both are already sorted by start.
  const transferIndex = new IntervalIndex(column(transfers, (t) => t.sentAt), column(transfers, (t) => t.arrivedAt));
  const holdIndex = new IntervalIndex(column(holds, (h) => h.from), column(holds, (h) => h.until));
  const generatedAt = column(events, (e) => e.generatedAt).sort();
  let delivered = 0;
  for (const e of events) if (e.deliveredAt !== undefined) delivered++;
  const deliveredAt = new Float64Array(delivered);
  let i = 0;
  for (const e of events) if (e.deliveredAt !== undefined) deliveredAt[i++] = e.deliveredAt;
  return { stepTimes, transfers: transferIndex, holds: holdIndex, generatedAt, deliveredAt: deliveredAt.sort() };
}

/** One number per item; a plain loop, because Float64Array.from(items, fn) goes through the slow iterator path. */
function column<T>(items: readonly T[], pick: (item: T) => number): Float64Array {
  const out = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) out[i] = pick(items[i]!);
  return out;
}
