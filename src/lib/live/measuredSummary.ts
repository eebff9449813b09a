/** The panel's measured figures, from the events that arrived and the best clock estimate. */
import type { ArrivedEvent, BytesSource } from './liveLink';
import { eventLatency } from './clockSample';
import type { PredictionInput } from './predictLive';
import type { LiveTechnique } from './liveTechnique';
import type { HttpHeader } from '../../sim';

/** What was measured so far. */
export interface MeasuredSummary {
  readonly delivered: number;
  /** Per event, in arrival order (ms). */
  readonly latencies: readonly number[];
  readonly meanLatencyMs: number | undefined;
  readonly bytesPerMessage: number | undefined;
  /** Where the byte counts came from; several sources when they differ between events. */
  readonly bytesBy: readonly BytesSource[];
}

const mean = (values: readonly number[]): number | undefined =>
  values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : undefined;

/** Latency and bytes per event with the clock offset `offsetMs` (server ≈ client + offset). */
export function measuredSummary(events: readonly ArrivedEvent[], offsetMs: number): MeasuredSummary {
  const latencies = events.map((e) => eventLatency(e.generatedAt, e.arrivedAt, offsetMs));
  return {
    delivered: events.length,
    latencies,
    meanLatencyMs: mean(latencies),
    bytesPerMessage: mean(events.map((e) => e.wireBytes)),
    bytesBy: [...new Set(events.map((e) => e.bytesBy))],
  };
}

/** What the panel knows when it asks for a prediction. */
export interface RunFacts {
  readonly technique: LiveTechnique;
  readonly events: readonly ArrivedEvent[];
  readonly offsetMs: number;
  readonly rttMs: number;
  /** Client clock when the technique's first request left. */
  readonly connectedAt: number;
  readonly now: number;
  readonly pollIntervalMs: number;
  readonly holdTimeoutMs: number;
  /** The header model's request heads for the requests made (not the server's counts: the prediction must stand alone). */
  readonly requestHeadBytes: readonly number[];
  readonly responseHeaders: readonly HttpHeader[] | undefined;
}

/** The simulator's input for the same run: event times on the server clock from connect, measured sizes. */
export function predictionInputOf(facts: RunFacts): PredictionInput | undefined {
  const { events } = facts;
  const payloadBytes = mean(events.map((e) => e.payloadBytes));
  if (payloadBytes === undefined) return undefined;
  const start = facts.connectedAt + facts.offsetMs;
  const requestHeadBytes = mean(facts.requestHeadBytes);
  return {
    technique: facts.technique,
    rttMs: facts.rttMs,
    eventTimesMs: events.map((e) => Math.max(0, e.generatedAt - start)).sort((a, b) => a - b),
    durationMs: Math.max(1, facts.now - facts.connectedAt),
    pollIntervalMs: facts.pollIntervalMs,
    holdTimeoutMs: facts.holdTimeoutMs,
    payloadBytes,
    ...(requestHeadBytes === undefined ? {} : { requestHeadBytes }),
    ...(facts.responseHeaders ? { responseHeaders: facts.responseHeaders } : {}),
  };
}
