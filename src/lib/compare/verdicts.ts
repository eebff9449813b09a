/**
 * The at-a-glance reading of a comparison: per technique its figures, whether it
 * is the fastest or the leanest, and how far behind the best it is; plus the
 * long polling vs polling trade-off in numbers. Only arithmetic over the runs.
 */
import type { TechniqueName, TechniqueResult } from '../../sim';

/** Two mean latencies closer than this count as a tie for "fastest" (ms). */
export const LATENCY_TIE_MS = 1;
/** A ratio to the best below this reads "about the same" rather than "×1.0". */
export const NEAR_RATIO = 1.05;

/** How a figure stands against the best of its kind: the best, within NEAR_RATIO of it, or so many times it. */
export type Standing = 'best' | 'near' | 'behind';

/** The standing of a card's figure from its flag and ratio. */
export function standing(best: boolean, ratio: number): Standing {
  if (best) return 'best';
  return ratio < NEAR_RATIO ? 'near' : 'behind';
}

/** One technique's card. */
export interface Verdict {
  readonly technique: TechniqueName;
  readonly meanLatency: number;
  readonly p95Latency: number;
  readonly maxLatency: number;
  readonly bytesPerEvent: number;
  readonly headerPerEvent: number;
  readonly payloadPerEvent: number;
  readonly totalBytes: number;
  readonly requests: number;
  readonly emptyResponses: number;
  readonly connections: number;
  readonly requestsPerEvent: number;
  readonly events: number;
  readonly delivered: number;
  /** Mean header bytes of the messages that carried events (a response head, a chunk's framing, a frame header). */
  readonly messageOverhead: number;
  /** Mean latency within LATENCY_TIE_MS of the best. */
  readonly fastest: boolean;
  /** Fewest bytes per delivered event. */
  readonly leanest: boolean;
  /** Mean latency / best mean latency (1 for the fastest). */
  readonly latencyRatio: number;
  /** Bytes per event / fewest bytes per event (1 for the leanest). */
  readonly bytesRatio: number;
}

/** Cards for `results`, in their order. */
export function verdicts(results: readonly TechniqueResult[]): Verdict[] {
  const delivered = results.filter((r) => r.timeline.metrics.delivered > 0);
  const bestLatency = Math.min(...delivered.map((r) => r.timeline.metrics.latency.mean));
  const bestBytes = Math.min(...delivered.map((r) => r.perEvent.total));
  return results.map((r) => {
    const m = r.timeline.metrics;
    const has = m.delivered > 0;
    return {
      technique: r.technique,
      meanLatency: has ? m.latency.mean : Number.NaN,
      p95Latency: has ? m.latency.p95 : Number.NaN,
      maxLatency: has ? m.latency.max : Number.NaN,
      bytesPerEvent: r.perEvent.total,
      headerPerEvent: r.perEvent.header,
      payloadPerEvent: r.perEvent.payload,
      totalBytes: m.totalBytes,
      requests: r.totals.requests,
      emptyResponses: m.emptyResponses,
      connections: m.connectionsOpened,
      requestsPerEvent: r.requestsPerEvent,
      events: m.events,
      delivered: m.delivered,
      messageOverhead: carrierOverhead(r),
      fastest: has && m.latency.mean <= bestLatency + LATENCY_TIE_MS,
      leanest: has && r.perEvent.total === bestBytes,
      latencyRatio: has ? m.latency.mean / bestLatency : Number.NaN,
      bytesRatio: has ? r.perEvent.total / bestBytes : Number.NaN,
    };
  });
}

function carrierOverhead(result: TechniqueResult): number {
  let sum = 0;
  let count = 0;
  for (const transfer of result.timeline.transfers) {
    if (transfer.carries.length === 0) continue;
    sum += transfer.headerBytes;
    count++;
  }
  return count > 0 ? sum / count : Number.NaN;
}

/** Byte totals closer than this share count as "about the same". */
const SIMILAR_BYTES = 0.1;

/** Long polling measured against short polling on the same events. */
export interface PollingTradeOff {
  /** Long polling is faster and sends more bytes ('costlier'), fewer ('cheaper'), or within 10 % of polling's ('similar'). */
  readonly kind: 'costlier' | 'cheaper' | 'similar';
  readonly longPollMean: number;
  readonly pollMean: number;
  /** Polling's mean latency / long polling's. */
  readonly speedup: number;
  /** Long polling's total bytes / polling's. */
  readonly byteRatio: number;
  readonly longPollRequests: number;
  readonly pollRequests: number;
  /** Polls answered with nothing. */
  readonly pollEmpty: number;
  readonly events: number;
}

/** The trade-off, or undefined when either technique is missing, delivered nothing, or long polling is not the faster one. */
export function pollingTradeOff(cards: readonly Verdict[]): PollingTradeOff | undefined {
  const poll = cards.find((c) => c.technique === 'polling');
  const longPoll = cards.find((c) => c.technique === 'long-polling');
  if (!poll || !longPoll || !(poll.delivered > 0) || !(longPoll.delivered > 0)) return undefined;
  if (!(longPoll.meanLatency < poll.meanLatency)) return undefined;
  const byteRatio = longPoll.totalBytes / poll.totalBytes;
  return {
    kind: byteRatio > 1 + SIMILAR_BYTES ? 'costlier' : byteRatio < 1 - SIMILAR_BYTES ? 'cheaper' : 'similar',
    longPollMean: longPoll.meanLatency,
    pollMean: poll.meanLatency,
    speedup: poll.meanLatency / longPoll.meanLatency,
    byteRatio,
    longPollRequests: longPoll.requests,
    pollRequests: poll.requests,
    pollEmpty: poll.emptyResponses,
    events: longPoll.events,
  };
}
