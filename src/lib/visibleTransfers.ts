import { lowerBound } from '../sim';
import type { Timeline, Transfer } from '../sim';

interface SentIndex {
  readonly sentAt: Float64Array;
  /** The longest trip: nothing sent earlier than `from - longest` can still be on screen. */
  readonly longest: number;
}

const indexes = new WeakMap<Timeline, SentIndex>();

/** Transfers already sent by `now` that are still on screen in a window starting at `from` (arrived at or after it). O(log n + k). */
export function visibleTransfers(timeline: Timeline, from: number, now: number): Transfer[] {
  const { sentAt, longest } = sentIndex(timeline);
  const out: Transfer[] = [];
  for (let i = lowerBound(sentAt, from - longest); i < sentAt.length && sentAt[i]! <= now; i++) {
    const transfer = timeline.transfers[i]!;
    if (transfer.arrivedAt >= from) out.push(transfer);
  }
  return out;
}

function sentIndex(timeline: Timeline): SentIndex {
  let index = indexes.get(timeline);
  if (!index) {
    const sentAt = Float64Array.from(timeline.transfers, (transfer) => transfer.sentAt);
    const longest = timeline.transfers.reduce((max, transfer) => Math.max(max, transfer.arrivedAt - transfer.sentAt), 0);
    index = { sentAt, longest };
    indexes.set(timeline, index);
  }
  return index;
}
