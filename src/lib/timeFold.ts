import { upperBound } from '../sim/timeline/bisect';
import type { Timeline } from '../sim/timeline/types';
import { windowSpan } from './windowSpan';

/** A quiet stretch (nothing on the wire, nothing held) that the diagram draws shorter than it lasted. */
export interface FoldedGap {
  /** Real simulated ms. */
  readonly from: number;
  readonly to: number;
  /** Where it starts on the folded axis. */
  readonly foldedFrom: number;
}

/** The diagram's time axis with quiet stretches folded: a monotonic map from real ms to drawn ms and back. */
export interface TimeFold {
  readonly gaps: readonly FoldedGap[];
  /** How long a folded gap is drawn (folded ms). */
  readonly gapLength: number;
  /** The folded length of the whole run. */
  readonly length: number;
  fold(t: number): number;
  unfold(d: number): number;
}

/** A folded gap is drawn this share of the diagram's window tall... */
export const GAP_SHARE = 0.15;
// ...and only a gap over twice that is folded, so the drawn distance from the last message to "now" stays
// under 0.3 of the window: less than the 0.75 of it that lies above "now", so the plot is never empty.
const FOLD_OVER = 2;

const folds = new WeakMap<Timeline, TimeFold>();

/** The (cached) folded axis of `timeline`: every quiet stretch longer than 2 × GAP_SHARE of its window is drawn GAP_SHARE tall. */
export function timeFold(timeline: Timeline): TimeFold {
  let fold = folds.get(timeline);
  if (!fold) {
    fold = foldQuiet(busyIntervals(timeline), timeline.duration, windowSpan(timeline) * GAP_SHARE);
    folds.set(timeline, fold);
  }
  return fold;
}

/** Folds every stretch of [0, duration] outside `busy` (sorted by start) longer than 2 × `gapLength` to `gapLength`. */
export function foldQuiet(busy: readonly (readonly [number, number])[], duration: number, gapLength: number): TimeFold {
  const gaps: FoldedGap[] = [];
  let removed = 0;
  let quietFrom = 0;
  const close = (to: number) => {
    if (to - quietFrom > FOLD_OVER * gapLength) {
      gaps.push({ from: quietFrom, to, foldedFrom: quietFrom - removed });
      removed += to - quietFrom - gapLength;
    }
  };
  for (const [from, to] of busy) {
    if (from > quietFrom) close(from);
    quietFrom = Math.max(quietFrom, to);
  }
  if (duration > quietFrom) close(duration);
  const starts = Float64Array.from(gaps, (gap) => gap.from);
  const foldedStarts = Float64Array.from(gaps, (gap) => gap.foldedFrom);
  return {
    gaps,
    gapLength,
    length: duration - removed,
    fold(t) {
      const gap = gaps[lastAtOrBefore(starts, t)];
      if (!gap) return t;
      if (t < gap.to) return gap.foldedFrom + ((t - gap.from) * gapLength) / (gap.to - gap.from);
      return gap.foldedFrom + gapLength + (t - gap.to);
    },
    unfold(d) {
      const gap = gaps[lastAtOrBefore(foldedStarts, d)];
      if (!gap) return d;
      if (d < gap.foldedFrom + gapLength) return gap.from + ((d - gap.foldedFrom) * (gap.to - gap.from)) / gapLength;
      return gap.to + (d - gap.foldedFrom - gapLength);
    },
  };
}

// Transfers on the wire and requests held open: the stretches the diagram draws at full scale.
function busyIntervals(timeline: Timeline): [number, number][] {
  const busy: [number, number][] = timeline.transfers.map((x) => [x.sentAt, x.arrivedAt]);
  for (const hold of timeline.holds) busy.push([hold.from, hold.until]);
  return busy.sort((a, b) => a[0] - b[0]);
}

/** Index of the last value <= x in ascending `values` (-1 when none). */
function lastAtOrBefore(values: Float64Array, x: number): number {
  return upperBound(values, x) - 1;
}
