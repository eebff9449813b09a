import { describe, expect, it } from 'vitest';
import { computeMetrics } from './computeMetrics';
import type { Actor, AppEvent, Step, Transfer, TransferKind } from './types';

const actors: Actor[] = [{ id: 'client', role: 'client' }, { id: 'server', role: 'server' }];

const transfer = (id: number, kind: TransferKind, from: string, headerBytes: number, payloadBytes: number, carries: number[] = []): Transfer => ({
  id, kind, from, to: from === 'client' ? 'server' : 'client', connection: 1, sentAt: id, arrivedAt: id + 1,
  bytes: new Uint8Array(headerBytes + payloadBytes), fields: [], headerBytes, payloadBytes, summary: kind, carries,
});

describe('computeMetrics', () => {
  const transfers = [
    transfer(0, 'http-request', 'client', 300, 0),
    transfer(1, 'http-response', 'server', 100, 0),
    transfer(2, 'http-request', 'client', 300, 0),
    transfer(3, 'http-response', 'server', 120, 40, [0]),
    transfer(4, 'http-request', 'client', 200, 10),
    transfer(5, 'http-response', 'server', 90, 0), // a 204 to a POST: not a poll
  ];
  const events: AppEvent[] = [
    { id: 0, generatedAt: 10, deliveredAt: 30, payload: 'a' },
    { id: 1, generatedAt: 20, payload: 'b' },
  ];
  const steps: Step[] = [
    { kind: 'state', time: 0, actor: 'client', state: 'open', connection: 1, caption: { key: 'step.connectionOpen' } },
    { kind: 'state', time: 5, actor: 'client', state: 'open', connection: 2, caption: { key: 'step.connectionOpen' } },
    { kind: 'state', time: 9, actor: 'client', state: 'closed', connection: 2, caption: { key: 'step.connectionClose' } },
  ];
  const metrics = computeMetrics({ actors, steps, transfers, events, eventResponseIds: [1, 3] });

  it('splits header and payload bytes by direction and sums all bytes', () => {
    expect(metrics.headerBytes).toEqual({ up: 800, down: 310 });
    expect(metrics.payloadBytes).toEqual({ up: 10, down: 40 });
    expect(metrics.totalBytes).toBe(1160);
  });

  it('counts requests, and empty responses only among answers to polls', () => {
    expect(metrics.requests).toBe(3);
    expect(metrics.emptyResponses).toBe(1);
  });

  it('counts opened connections, not closed ones', () => {
    expect(metrics.connectionsOpened).toBe(2);
  });

  it('derives latency from delivered events only', () => {
    expect(metrics.events).toBe(2);
    expect(metrics.delivered).toBe(1);
    expect(metrics.latency).toEqual({ mean: 20, p95: 20, max: 20, min: 20 });
  });

  it('takes the nearest-rank 95th percentile', () => {
    // Latencies 1..20: ceil(0.95 × 20) = 19th smallest = 19.
    const many: AppEvent[] = Array.from({ length: 20 }, (_, i) => ({ id: i, generatedAt: 0, deliveredAt: 20 - i, payload: '' }));
    const m = computeMetrics({ actors, steps: [], transfers: [], events: many, eventResponseIds: [] });
    expect(m.latency).toEqual({ mean: 10.5, p95: 19, max: 20, min: 1 });
  });

  it('reports zero latency when nothing was delivered', () => {
    const m = computeMetrics({ actors, steps: [], transfers: [], events: [], eventResponseIds: [] });
    expect(m.latency).toEqual({ mean: 0, p95: 0, max: 0, min: 0 });
  });
});
