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
/** Columns a builder kept, so that the index reads them without making the step and event objects. */
export interface KnownColumns {
  /** Every step's time, in order. */
  readonly stepTimes: () => Float64Array;
  /** Every event's generation time, and its delivery time (NaN when not delivered), in recording order. */
  readonly eventTimes: () => { readonly generatedAt: ArrayLike<number>; readonly deliveredAt: ArrayLike<number> };
}
const knownColumns = new WeakMap<Timeline, KnownColumns>();

/** Tells the index where `timeline`'s step and event times are, so that building it reads neither `steps` nor `events`. */
export function knowColumns(timeline: Timeline, columns: KnownColumns): void {
  knownColumns.set(timeline, columns);
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
  const { transfers, holds } = timeline;
  const known = knownColumns.get(timeline);
  const stepTimes = known === undefined ? column(timeline.steps, (s) => s.time) : known.stepTimes();
  // Transfers and holds are recorded as they start, so both are already sorted by start.
  const transferIndex = new IntervalIndex(column(transfers, (t) => t.sentAt), column(transfers, (t) => t.arrivedAt));
  const holdIndex = new IntervalIndex(column(holds, (h) => h.from), column(holds, (h) => h.until));
  const { generatedAt, deliveredAt } = known === undefined ? eventTimesOf(timeline.events) : known.eventTimes();
  const generated = new Float64Array(generatedAt.length);
  let delivered = 0;
  for (let i = 0; i < generatedAt.length; i++) {
    generated[i] = generatedAt[i]!;
    if (!Number.isNaN(deliveredAt[i]!)) delivered++;
  }
  const deliveredTimes = new Float64Array(delivered);
  let j = 0;
  for (let i = 0; i < deliveredAt.length; i++) if (!Number.isNaN(deliveredAt[i]!)) deliveredTimes[j++] = deliveredAt[i]!;
  return { stepTimes, transfers: transferIndex, holds: holdIndex, generatedAt: generated.sort(), deliveredAt: deliveredTimes.sort() };
}

/** Event times as columns, NaN for an event not delivered. */
function eventTimesOf(events: Timeline['events']): { generatedAt: Float64Array; deliveredAt: Float64Array } {
  const generatedAt = column(events, (e) => e.generatedAt);
  const deliveredAt = column(events, (e) => e.deliveredAt ?? Number.NaN);
  return { generatedAt, deliveredAt };
}

/** One number per item; a plain loop, because Float64Array.from(items, fn) goes through the slow iterator path. */
function column<T>(items: readonly T[], pick: (item: T) => number): Float64Array {
  const out = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) out[i] = pick(items[i]!);
  return out;
}
