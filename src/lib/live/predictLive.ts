/**
 * The simulator's prediction for what the live panel measured: the same
 * technique, the same event times (server clock, from connect), a one-way
 * latency of half the measured round trip, the payload size the server wrote,
 * the response headers it sent, and the request head the header model writes
 * for the page's own origin and the exact URLs requested (never the server's count).
 */
import { DEFAULT_NETWORK, defaultParams, runScenario, type CommonParams, type HeaderSet, type HttpHeader, type Timeline } from '../../sim';
import { bytesPerDeliveredMessage } from './bytesPerDeliveredMessage';
import type { LiveTechnique } from './liveTechnique';
import { paddedHeaderSet } from './paddedHeaderSet';

/** What the prediction is run with; every value is measured, or a setting the reader chose. */
export interface PredictionInput {
  readonly technique: LiveTechnique;
  /** Measured round trip (ms); the simulated link's one-way latency is half of it. */
  readonly rttMs: number;
  /** When each delivered event was generated, ms after the client connected (server clock, offset removed). */
  readonly eventTimesMs: readonly number[];
  /** How long the client has been connected (ms): the simulated window. */
  readonly durationMs: number;
  readonly pollIntervalMs: number;
  readonly holdTimeoutMs: number;
  /** Mean bytes the server wrote per event: the JSON body of a one-event answer, the SSE data, the WebSocket message. */
  readonly payloadBytes: number;
  /** Mean request head bytes from the header model, for the URLs the page requested (polling and long polling). */
  readonly requestHeadBytes?: number;
  /** The response headers the server sent, without framing headers. */
  readonly responseHeaders?: readonly HttpHeader[];
}

/** What the simulator predicts for the same run. */
export interface Prediction {
  /** Per delivered event, in event order (ms). */
  readonly latencies: readonly number[];
  readonly meanLatencyMs: number | undefined;
  readonly bytesPerMessage: number | undefined;
  /** Requests the client made (HTTP requests, or the WebSocket handshake). */
  readonly requests: number;
  readonly oneWayLatencyMs: number;
}

// A poll answer's body for one event is `[payload]` in the simulator: two bytes of brackets around it.
const ARRAY_BRACKETS = 2;

/** Runs the simulator for `input` and reads the prediction off its timeline. */
export function predictLive(input: PredictionInput): Prediction {
  const oneWayLatencyMs = input.rttMs / 2;
  const timeline = simulate(input, oneWayLatencyMs);
  const latencies = [...timeline.events]
    .sort((a, b) => a.id - b.id)
    .flatMap((e) => (e.deliveredAt === undefined ? [] : [e.deliveredAt - e.generatedAt]));
  const meanLatencyMs = latencies.length > 0 ? latencies.reduce((a, b) => a + b, 0) / latencies.length : undefined;
  return { latencies, meanLatencyMs, bytesPerMessage: bytesPerDeliveredMessage(timeline), requests: timeline.metrics.requests, oneWayLatencyMs };
}

function simulate(input: PredictionInput, latencyMs: number): Timeline {
  const modelHead = input.requestHeadBytes;
  if (modelHead === undefined || !(input.technique === 'polling' || input.technique === 'long-polling')) {
    return run(input, latencyMs, { kind: 'custom', headers: [] });
  }
  // The scenario asks for "/poll", the page for "/api/poll?session=…": its request head is sized to the model's head
  // for the real URL (the request line without headers comes from the simulator's own first request).
  const bare = run({ ...input, eventTimesMs: input.eventTimesMs.slice(0, 1) }, latencyMs, { kind: 'custom', headers: [] });
  const request = bare.transfers.find((t) => t.kind === 'http-request');
  return run(input, latencyMs, paddedHeaderSet(modelHead, request ? request.headerBytes + request.payloadBytes : 0));
}

function run(input: PredictionInput, latencyMs: number, headerSet: HeaderSet): Timeline {
  const common: Omit<CommonParams, 'seed'> = {
    durationMs: Math.max(1, input.durationMs, ...input.eventTimesMs),
    network: { ...DEFAULT_NETWORK, latencyMs, jitterMs: 0 },
    events: { kind: 'list', times: input.eventTimesMs },
    payloadBytes: input.payloadBytes,
    headerSet,
    ...(input.responseHeaders ? { responseHeaders: input.responseHeaders } : {}),
  };
  const httpPayload = Math.max(1, Math.round(input.payloadBytes) - ARRAY_BRACKETS);
  switch (input.technique) {
    case 'polling':
      return runScenario('polling', { ...defaultParams('polling'), ...common, payloadBytes: httpPayload, intervalMs: input.pollIntervalMs });
    case 'long-polling':
      return runScenario('long-polling', { ...defaultParams('long-polling'), ...common, payloadBytes: httpPayload, holdTimeoutMs: input.holdTimeoutMs });
    case 'sse':
      return runScenario('streaming', { ...defaultParams('streaming'), ...common, payloadBytes: Math.round(input.payloadBytes), mode: 'sse', clientMessages: [] });
    case 'websocket':
      return runScenario('websocket', { ...defaultParams('websocket'), ...common, payloadBytes: Math.round(input.payloadBytes), clientMessages: [], secure: false });
  }
}
