/**
 * "Which intervals contain t?" in O(log n + k log n) for k answers. Intervals
 * are sorted by start; a max-segment-tree over their ends lets a query skip
 * every subtree whose intervals all ended by t, so one long interval (a
 * streaming response held for the whole run) does not force a scan back over
 * everything after it.
 */
import { upperBound } from './bisect';

/** A static index of half-open intervals [start, end), sorted by start. */
export class IntervalIndex {
  private readonly leaves: number;
  private readonly maxEnd: Float64Array;

  /** `starts` must be ascending; `ends[i]` belongs to `starts[i]`. */
  constructor(
    private readonly starts: Float64Array,
    ends: Float64Array,
  ) {
    let leaves = 1;
    while (leaves < starts.length) leaves *= 2;
    this.leaves = leaves;
    this.maxEnd = new Float64Array(2 * leaves).fill(-Infinity);
    this.maxEnd.set(ends, leaves);
    for (let node = leaves - 1; node >= 1; node--) {
      this.maxEnd[node] = Math.max(this.maxEnd[2 * node]!, this.maxEnd[2 * node + 1]!);
    }
  }

  /** Indices i (ascending) with starts[i] <= t < ends[i]. */
  stab(t: number): number[] {
    const out: number[] = [];
    const limit = upperBound(this.starts, t);
    if (limit > 0) this.collect(1, 0, this.leaves, limit, t, out);
    return out;
  }

  private collect(node: number, lo: number, hi: number, limit: number, t: number, out: number[]): void {
    if (lo >= limit || this.maxEnd[node]! <= t) return;
    if (hi - lo === 1) {
      out.push(lo);
      return;
    }
    const mid = (lo + hi) >>> 1;
    this.collect(2 * node, lo, mid, limit, t, out);
    this.collect(2 * node + 1, mid, hi, limit, t, out);
  }
}
