/**
 * The figures the compare page's prose quotes, computed at build time from the
 * simulator and the codecs (like `lessonFacts`): the websocket.org comparison
 * recomputed, and the long polling vs polling trade-off on the ticker preset.
 */
import { classicComparison, compareTechniques, type TechniqueResult } from '../sim';
import { presetKnobs } from './compareKnobs';
import { toCompareParams } from './toCompareParams';

function by(results: readonly TechniqueResult[], technique: string): TechniqueResult {
  const found = results.find((r) => r.technique === technique);
  if (!found) throw new Error(`compareFacts: no ${technique} run`);
  return found;
}

/** Figures for the compare page. */
export function compareFacts() {
  const knobs = presetKnobs('ticker');
  const ticker = compareTechniques(toCompareParams(knobs));
  const polling = by(ticker, 'polling');
  const longPolling = by(ticker, 'long-polling');
  const websocket = by(ticker, 'websocket');
  const frame = websocket.timeline.transfers.find((t) => t.kind === 'ws-frame' && t.carries.length > 0);
  return {
    classic: classicComparison(),
    ticker: {
      eventsPerSecond: knobs.eventsPerMin / 60,
      intervalMs: knobs.intervalMs,
      durationS: knobs.durationS,
      events: polling.timeline.metrics.events,
      pollRequests: polling.totals.requests,
      pollMean: polling.timeline.metrics.latency.mean,
      pollBytes: polling.timeline.metrics.totalBytes,
      longPollRequests: longPolling.totals.requests,
      longPollMean: longPolling.timeline.metrics.latency.mean,
      longPollBytes: longPolling.timeline.metrics.totalBytes,
      wsMean: websocket.timeline.metrics.latency.mean,
      wsBytes: websocket.timeline.metrics.totalBytes,
      wsFrameHeader: frame?.headerBytes ?? Number.NaN,
      payloadBytes: knobs.payloadBytes,
    },
  };
}
