import type { Timeline } from '../sim/timeline/types';

/** How many slices the overview strip cuts a run into. */
export const OVERVIEW_BINS = 48;

const cache = new WeakMap<Timeline, number[]>();

/** How busy each of OVERVIEW_BINS equal slices of the run is (transfers sent in it), as a share of the busiest slice. */
export function overviewBins(timeline: Timeline): number[] {
  let bins = cache.get(timeline);
  if (!bins) {
    const counts = new Array<number>(OVERVIEW_BINS).fill(0);
    const duration = Math.max(timeline.duration, 1);
    for (const transfer of timeline.transfers) {
      const bin = Math.min(OVERVIEW_BINS - 1, Math.floor((transfer.sentAt / duration) * OVERVIEW_BINS));
      counts[bin] = counts[bin]! + 1;
    }
    const busiest = Math.max(1, ...counts);
    bins = counts.map((count) => count / busiest);
    cache.set(timeline, bins);
  }
  return bins;
}
