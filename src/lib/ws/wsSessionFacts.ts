/**
 * Figures the /websocket page quotes about the simulated session, computed at
 * build time by running the same scenario the widget runs (default knobs), and
 * one run per fault. Nothing here is typed in.
 */
import { runScenario, type Timeline, type WebSocketFault, type WsCloseReport } from '../../sim';
import { defaultKnobs, type Knobs } from '../../widgets/knobs';
import { toScenarioParams } from '../../widgets/toScenarioParams';

const run = (over: Partial<Knobs> = {}): Timeline => runScenario('websocket', toScenarioParams('websocket', { ...defaultKnobs(), ...over }));

const clientClose = (timeline: Timeline): WsCloseReport | undefined => {
  for (const step of timeline.steps) if (step.kind === 'ws-close' && step.actor === 'client') return step.close;
  return undefined;
};

/** The default session: handshake sizes, per-message cost, events and latency. */
export function sessionFacts() {
  const timeline = run();
  const request = timeline.transfers.find((t) => t.kind === 'http-request')!;
  const response = timeline.transfers.find((t) => t.kind === 'http-response')!;
  const eventFrame = timeline.transfers.find((t) => t.kind === 'ws-frame' && t.carries.length > 0)!;
  const clientFrame = timeline.transfers.find((t) => t.kind === 'ws-frame' && t.from === 'client')!;
  const { metrics } = timeline;
  const close = clientClose(timeline);
  return {
    requestBytes: request.bytes.length,
    responseBytes: response.bytes.length,
    eventFrameBytes: eventFrame.bytes.length,
    eventFrameHeader: eventFrame.headerBytes,
    clientFrameBytes: clientFrame.bytes.length,
    clientFrameHeader: clientFrame.headerBytes,
    events: metrics.events,
    meanLatency: metrics.latency.mean,
    latencyMs: defaultKnobs().latencyMs,
    requests: metrics.requests,
    totalBytes: metrics.totalBytes,
    payloadShare: (100 * (metrics.payloadBytes.up + metrics.payloadBytes.down)) / metrics.totalBytes,
    closeCode: close?.code,
  };
}

/** How each fault ends, as the page's close event reports it. */
export function faultFacts(): Readonly<Record<Exclude<WebSocketFault, 'none'>, { close: WsCloseReport | undefined; delivered: number; events: number }>> {
  const of = (fault: Exclude<WebSocketFault, 'none'>) => {
    const timeline = run({ fault });
    return { close: clientClose(timeline), delivered: timeline.metrics.delivered, events: timeline.metrics.events };
  };
  return {
    'strip-upgrade': of('strip-upgrade'),
    'masked-server-frame': of('masked-server-frame'),
    'invalid-utf8': of('invalid-utf8'),
    'lost-pong': of('lost-pong'),
    'tcp-reset': of('tcp-reset'),
  };
}
