import type { Timeline } from '../sim/timeline/types';

/** How many one-way trips the diagram's window spans: eight round trips, so a trip still drops a clear ~6 % of the height. */
export const ONE_WAY_TRIPS_PER_WINDOW = 16;
/** The sockets lesson draws a mark per system call between its segments: a closer view keeps them apart. */
export const SOCKETS_ONE_WAY_TRIPS_PER_WINDOW = 6;
/** Never zoom in further than this, whatever the latency (simulated ms). */
export const MIN_WINDOW_SPAN_MS = 100;
// Used when a timeline has no transfers at all: a 50 ms link, the lessons' default.
const FALLBACK_ONE_WAY_MS = 50;

const spans = new WeakMap<Timeline, number>();

/** The simulated time the sequence diagram shows at once, scaled so a typical transfer is a clearly diagonal arrow. */
export function windowSpan(timeline: Timeline): number {
  let span = spans.get(timeline);
  if (span === undefined) {
    const trips = timeline.scenario === 'sockets' ? SOCKETS_ONE_WAY_TRIPS_PER_WINDOW : ONE_WAY_TRIPS_PER_WINDOW;
    span = Math.max(MIN_WINDOW_SPAN_MS, medianOneWay(timeline) * trips);
    spans.set(timeline, span);
  }
  return span;
}

function medianOneWay(timeline: Timeline): number {
  const durations = timeline.transfers.map((transfer) => transfer.arrivedAt - transfer.sentAt).filter((d) => d > 0);
  if (durations.length === 0) return FALLBACK_ONE_WAY_MS;
  durations.sort((a, b) => a - b);
  return durations[Math.floor(durations.length / 2)]!;
}
