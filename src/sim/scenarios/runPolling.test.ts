import { describe, expect, it } from 'vitest';
import { defaultParams } from './defaultParams';
import { runPolling } from './runPolling';
import type { PollingParams } from './scenarioParams';

// 8 Mbit/s: one byte takes exactly 1 µs to serialize, so byte counts read straight off the times.
const ONE_BYTE_PER_US = 8_000_000;

const params = (over: Partial<PollingParams> = {}): PollingParams => ({
  ...defaultParams('polling'),
  network: { latencyMs: 50, jitterMs: 0, bandwidthBps: ONE_BYTE_PER_US, setup: 'none' },
  ...over,
});

describe('runPolling', () => {
  it('matches a hand-computed timeline for one event', () => {
    // GET /poll with only Host: "GET /poll HTTP/1.1\r\n" 20 + "Host: example.com\r\n" 19 + "\r\n" 2 = 41 bytes.
    // 204: status line 25 + Server 22 + Date 37 + Connection 24 + Cache-Control 25 + blank 2 = 135 bytes.
    // 200: 17 + 22 + 37 + Content-Type 32 + "Content-Length: 66" 20 + 24 + 25 + 2 = 179 head + 66 body ("[" + 64 + "]").
    const timeline = runPolling(params({
      headerSet: { kind: 'custom', headers: [{ name: 'Host', value: 'example.com' }] },
      events: { kind: 'list', times: [500] },
      durationMs: 2000,
    }));
    const steps = timeline.steps.map((s) => [s.kind, s.actor, Math.round(s.time * 1e6) / 1e6]);
    expect(steps).toEqual([
      ['state', 'client', 0],
      ['send', 'client', 0],
      ['arrive', 'server', 50.041],
      ['send', 'server', 50.041],
      ['arrive', 'client', 100.176],
      ['app-event', 'server', 500],
      ['timer', 'client', 1000],
      ['send', 'client', 1000],
      ['arrive', 'server', 1050.041],
      ['send', 'server', 1050.041],
      ['arrive', 'client', 1100.286],
      ['deliver', 'client', 1100.286],
      ['state', 'client', 1100.286],
    ]);
    expect(timeline.transfers.map((t) => t.bytes.length)).toEqual([41, 135, 41, 245]);
    expect(timeline.metrics).toMatchObject({
      requests: 2, emptyResponses: 1, connectionsOpened: 1, delivered: 1,
      headerBytes: { up: 82, down: 314 }, payloadBytes: { up: 0, down: 66 }, totalBytes: 462,
    });
    expect(timeline.metrics.latency.max).toBeCloseTo(600.286, 9);
  });

  for (const intervalMs of [100, 500, 2000]) {
    it(`keeps every delivery within interval + round trip (interval ${intervalMs} ms, 10 ms jitter)`, () => {
      const timeline = runPolling(params({
        intervalMs,
        durationMs: 30_000,
        events: { kind: 'random', ratePerSecond: 3 },
        network: { latencyMs: 50, jitterMs: 10, bandwidthBps: 10_000_000, setup: 'none' },
      }));
      // The slowest one-way trip actually taken (latency, jitter, serialization).
      const slowest = Math.max(...timeline.transfers.map((t) => t.arrivedAt - t.sentAt));
      expect(timeline.metrics.delivered).toBe(timeline.metrics.events);
      expect(timeline.metrics.latency.max).toBeLessThanOrEqual(intervalMs + 2 * slowest);
      // And the bound is nearly reached: some event just missed a poll.
      expect(timeline.metrics.latency.max).toBeGreaterThan(0.8 * intervalMs);
    });
  }

  it('sends polls an interval apart, measured from send to send', () => {
    const timeline = runPolling(params({ intervalMs: 300, durationMs: 3000, events: { kind: 'list', times: [] } }));
    const sends = timeline.transfers.filter((t) => t.kind === 'http-request').map((t) => t.sentAt);
    expect(sends).toEqual([0, 300, 600, 900, 1200, 1500, 1800, 2100, 2400, 2700, 3000]);
  });

  it('never has two polls in flight: a late response pushes the next poll to its arrival', () => {
    const timeline = runPolling(params({ intervalMs: 20, durationMs: 1000, events: { kind: 'list', times: [] } }));
    const requests = timeline.transfers.filter((t) => t.kind === 'http-request');
    const responses = timeline.transfers.filter((t) => t.kind === 'http-response');
    for (let i = 1; i < requests.length; i++) expect(requests[i]!.sentAt).toBe(responses[i - 1]!.arrivedAt);
  });

  it('answers a poll with nothing queued by a 204, counted as an empty response', () => {
    const timeline = runPolling(params({ durationMs: 2500, events: { kind: 'list', times: [] } }));
    const responses = timeline.transfers.filter((t) => t.kind === 'http-response');
    expect(responses.map((t) => t.summary)).toEqual(['204 No Content', '204 No Content', '204 No Content']);
    expect(timeline.metrics.emptyResponses).toBe(3);
  });

  it('stops polling once the last event has been delivered', () => {
    const timeline = runPolling(params({ durationMs: 60_000, events: { kind: 'list', times: [1500] } }));
    const last = timeline.steps[timeline.steps.length - 1]!;
    expect(last).toMatchObject({ kind: 'state', state: 'closed', connection: 1 });
    expect(timeline.metrics.requests).toBe(3); // polls at 0, 1000, 2000; the third carries the event
    expect(timeline.duration).toBeLessThan(2200);
  });

  it('reuses connection 1 for every poll (keep-alive)', () => {
    const timeline = runPolling(params());
    expect(new Set(timeline.transfers.map((t) => t.connection))).toEqual(new Set([1]));
    expect(timeline.metrics.connectionsOpened).toBe(1);
  });

  it('charges one round trip of TCP set-up before the first poll only', () => {
    const timeline = runPolling(params({ network: { latencyMs: 50, jitterMs: 0, bandwidthBps: ONE_BYTE_PER_US, setup: 'tcp' } }));
    const sends = timeline.transfers.filter((t) => t.kind === 'http-request').map((t) => t.sentAt);
    expect(sends.slice(0, 3)).toEqual([100, 1100, 2100]);
  });

  it('sends one poll request whose bytes are shared, not rebuilt', () => {
    const timeline = runPolling(params());
    const requests = timeline.transfers.filter((t) => t.kind === 'http-request');
    expect(requests.length).toBeGreaterThan(2);
    expect(requests.every((t) => t.bytes === requests[0]!.bytes)).toBe(true);
  });
});
