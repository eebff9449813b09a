import { describe, expect, it } from 'vitest';
import { defaultParams } from './defaultParams';
import { runLongPolling } from './runLongPolling';
import type { LongPollingParams } from './scenarioParams';

// 8 Mbit/s: one byte serializes in exactly 1 µs.
const ONE_BYTE_PER_US = 8_000_000;
const serializationMs = (bytes: number): number => bytes / 1000;

const params = (over: Partial<LongPollingParams> = {}): LongPollingParams => ({
  ...defaultParams('long-polling'),
  network: { latencyMs: 50, jitterMs: 0, bandwidthBps: ONE_BYTE_PER_US, setup: 'none' },
  ...over,
});

describe('runLongPolling', () => {
  it('delivers a lone event one one-way latency (plus serialization) after it happens', () => {
    const timeline = runLongPolling(params({ events: { kind: 'list', times: [1000] } }));
    const response = timeline.transfers.find((t) => t.carries.length > 0)!;
    expect(response.sentAt).toBe(1000);
    expect(timeline.metrics.latency.max).toBeCloseTo(50 + serializationMs(response.bytes.length), 9);
    expect(timeline.holds[0]).toMatchObject({ reason: 'event', until: 1000 });
  });

  it('re-requests the moment each response arrives under a sustained stream of events, like polling every round trip', () => {
    // One event every 20 ms, five per 100 ms round trip: something is always queued.
    const timeline = runLongPolling(params({ durationMs: 5000, events: { kind: 'periodic', periodMs: 20 } }));
    const requests = timeline.transfers.filter((t) => t.kind === 'http-request');
    const responses = timeline.transfers.filter((t) => t.kind === 'http-response');
    for (let i = 1; i < requests.length; i++) expect(requests[i]!.sentAt).toBe(responses[i - 1]!.arrivedAt);
    // Every request is answered on arrival: no hold ever starts.
    expect(timeline.holds).toEqual([]);
    for (let i = 0; i < responses.length; i++) expect(responses[i]!.sentAt).toBe(requests[i]!.arrivedAt);
    // So requests leave one round trip (plus serialization) apart.
    const gaps = requests.slice(1).map((r, i) => r.sentAt - requests[i]!.sentAt);
    for (const gap of gaps) {
      expect(gap).toBeGreaterThanOrEqual(100);
      expect(gap).toBeLessThan(101);
    }
    expect(timeline.metrics.events).toBe(250);
    expect(timeline.metrics.delivered).toBe(250);
  });

  it('keeps an event that happens while no request is held in the queue until the next request arrives', () => {
    // Event 0 releases the hold at 1000; event 1 at 1020 finds the answer on its way and the next request not yet in.
    const timeline = runLongPolling(params({ events: { kind: 'list', times: [1000, 1020] } }));
    const [, , secondRequest, secondResponse] = timeline.transfers;
    expect(secondRequest!.kind).toBe('http-request');
    expect(secondResponse!.carries).toEqual([1]);
    expect(secondResponse!.sentAt).toBe(secondRequest!.arrivedAt);
    const second = timeline.events[1]!;
    expect(second.deliveredAt).toBe(secondResponse!.arrivedAt);
    // It waited for a whole round trip, not just one one-way trip.
    expect(second.deliveredAt! - second.generatedAt).toBeGreaterThan(100);
    expect(timeline.holds).toHaveLength(1);
  });

  it('answers a held request 204 at the time-out, and the client asks again at once', () => {
    const timeline = runLongPolling(params({ holdTimeoutMs: 1000, durationMs: 2500, events: { kind: 'list', times: [] } }));
    const [firstHold] = timeline.holds;
    expect(firstHold!.reason).toBe('timeout');
    expect(firstHold!.until - firstHold!.from).toBeCloseTo(1000, 9);
    const timeouts = timeline.steps.filter((s) => s.kind === 'timer');
    expect(timeouts[0]).toMatchObject({ actor: 'server', timer: 'hold-timeout', time: firstHold!.until });
    const [request, response, next] = timeline.transfers;
    expect(response!.summary).toBe('204 No Content');
    expect(response!.sentAt).toBe(firstHold!.until);
    expect(next!.kind).toBe('http-request');
    expect(next!.sentAt).toBe(response!.arrivedAt);
    expect(request!.connection).toBe(next!.connection);
    // Requests at ~0, ~1100, ~2200; the third is answered after the window, and nobody asks again.
    expect(timeline.metrics).toMatchObject({ requests: 3, emptyResponses: 3 });
  });

  it('ignores the time-out of a hold that an event already ended', () => {
    const timeline = runLongPolling(params({ holdTimeoutMs: 500, events: { kind: 'list', times: [200, 1400] } }));
    // Hold 1 (from ~150) would time out at ~650 but event 0 ended it at 200.
    expect(timeline.holds.map((h) => h.reason)).toEqual(['event', 'timeout', 'event']);
    expect(timeline.steps.filter((s) => s.kind === 'timer')).toHaveLength(1);
    // The second hold times out at its own deadline, not the first one's.
    const second = timeline.holds[1]!;
    expect(second.until - second.from).toBeCloseTo(500, 9);
  });

  it('stops re-requesting once the last event has been delivered', () => {
    const timeline = runLongPolling(params({ durationMs: 60_000, events: { kind: 'list', times: [300, 900] } }));
    expect(timeline.steps[timeline.steps.length - 1]).toMatchObject({ kind: 'state', state: 'closed' });
    expect(timeline.metrics.requests).toBe(2);
  });
});
