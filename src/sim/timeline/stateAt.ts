/**
 * The snapshot a view draws at simulated time t: what is on the wire and how
 * far along, which requests are held, how many events exist and have arrived.
 */
import { upperBound } from './bisect';
import { timelineIndex } from './timelineIndex';
import type { Hold, InFlight, Timeline, TimelineState } from './types';

/** What is true at time `t`. O(log n) plus the items actually in flight or held. */
export function stateAt(timeline: Timeline, t: number): TimelineState {
  const index = timelineIndex(timeline);
  const inFlight: InFlight[] = [];
  for (const i of index.transfers.stab(t)) {
    const transfer = timeline.transfers[i]!;
    inFlight.push({ transfer, progress: (t - transfer.sentAt) / (transfer.arrivedAt - transfer.sentAt) });
  }
  const holding: Hold[] = [];
  for (const i of index.holds.stab(t)) holding.push(timeline.holds[i]!);
  return {
    time: t,
    stepIndex: upperBound(index.stepTimes, t) - 1,
    inFlight,
    holding,
    generated: upperBound(index.generatedAt, t),
    delivered: upperBound(index.deliveredAt, t),
  };
}
