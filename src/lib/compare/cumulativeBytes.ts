/** Bytes on the wire over time: the running sum a "cumulative bytes" chart draws. */
import { countsOnWire, type Timeline } from '../../sim';

/** A point of the running total: `bytes` sent by time `time` (both directions). */
export interface BytePoint {
  readonly time: number;
  readonly bytes: number;
}

/** The running total of bytes sent, one point per counted transfer (at its send time), starting at (0, 0). */
export function cumulativeBytes(timeline: Timeline): BytePoint[] {
  const points: BytePoint[] = [{ time: 0, bytes: 0 }];
  let total = 0;
  // Transfers are sorted by sentAt (the Timeline contract).
  for (const transfer of timeline.transfers) {
    if (!countsOnWire(transfer)) continue;
    total += transfer.headerBytes + transfer.payloadBytes;
    points.push({ time: transfer.sentAt, bytes: total });
  }
  return points;
}

/** The running total at time `t` (the last point at or before it). */
export function bytesAt(points: readonly BytePoint[], t: number): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (points[mid]!.time <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : points[lo - 1]!.bytes;
}
