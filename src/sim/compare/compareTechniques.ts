/** Runs every technique on one parameter set and lines up what each one cost. */
import { runHttpScenario } from '../scenarios/runHttpScenario';
import { runWebSocket } from '../scenarios/runWebSocket';
import type { Timeline } from '../timeline/types';
import { TECHNIQUES, techniqueParams, type CompareParams, type TechniqueName } from './compareParams';
import { clientRate, type ClientRate } from './scaleBandwidth';
import { splitTotal, wireTotals, type WireTotals } from './wireTotals';

/** Bytes per delivered event, split into protocol overhead and payload. */
export interface PerEvent {
  readonly header: number;
  readonly payload: number;
  readonly total: number;
}

/** One technique's run and the figures derived from it. */
export interface TechniqueResult {
  readonly technique: TechniqueName;
  readonly timeline: Timeline;
  readonly totals: WireTotals;
  /** Its traffic per second of the event window: the scale calculator's input. */
  readonly rate: ClientRate;
  /** Both directions, divided by the events delivered (NaN when none were). */
  readonly perEvent: PerEvent;
  /** HTTP requests per delivered event (NaN when none were). */
  readonly requestsPerEvent: number;
}

/** Simulates each of `techniques` (all four by default) with the same `params`, in that order. */
export function compareTechniques(params: CompareParams, techniques: readonly TechniqueName[] = TECHNIQUES): TechniqueResult[] {
  return techniques.map((technique) => {
    // Not runScenario: the compare page would then ship the sockets lesson, which is no technique.
    const timeline = technique === 'websocket'
      ? runWebSocket(techniqueParams('websocket', params))
      : runHttpScenario(technique, techniqueParams(technique, params));
    const totals = wireTotals(timeline);
    const delivered = timeline.metrics.delivered > 0 ? timeline.metrics.delivered : Number.NaN;
    const header = totals.up.header + totals.down.header;
    const payload = totals.up.payload + totals.down.payload;
    return {
      technique,
      timeline,
      totals,
      rate: clientRate(totals, params.durationMs),
      perEvent: { header: header / delivered, payload: payload / delivered, total: (splitTotal(totals.up) + splitTotal(totals.down)) / delivered },
      requestsPerEvent: totals.requests / delivered,
    };
  });
}
