import { describe, expect, it } from 'vitest';
import type { ArrivedEvent } from './liveLink';
import { measuredSummary, predictionInputOf } from './measuredSummary';

const event = (id: number, generatedAt: number, arrivedAt: number, wireBytes: number): ArrivedEvent =>
  ({ id, kind: 'tick', generatedAt, arrivedAt, wireBytes, bytesBy: 'computed', payloadBytes: 100 + id });

describe('measuredSummary', () => {
  it('takes the clock offset out of each latency and averages bytes', () => {
    // Server clock 1000 ms ahead: generated at server 2000 = client 1000.
    const summary = measuredSummary([event(1, 2000, 1004, 200), event(2, 3000, 2006, 300)], 1000);
    expect(summary).toEqual({ delivered: 2, latencies: [4, 6], meanLatencyMs: 5, bytesPerMessage: 250, bytesBy: ['computed'] });
  });

  it('has no figures before the first event', () => {
    expect(measuredSummary([], 0).meanLatencyMs).toBeUndefined();
  });
});

describe('predictionInputOf', () => {
  it('puts event times on the server clock from the moment of connecting', () => {
    const input = predictionInputOf({
      technique: 'polling', events: [event(1, 10_500, 0, 0), event(2, 11_500, 0, 0)], offsetMs: 10_000, rttMs: 4,
      connectedAt: 0, now: 2000, pollIntervalMs: 500, holdTimeoutMs: 1000, requestHeadBytes: [400, 402], responseHeaders: undefined,
    });
    expect(input).toMatchObject({ eventTimesMs: [500, 1500], durationMs: 2000, payloadBytes: 101.5, requestHeadBytes: 401, rttMs: 4 });
  });
});
