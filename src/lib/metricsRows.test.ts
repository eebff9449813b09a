import { describe, expect, it } from 'vitest';
import { metricsRows } from './metricsRows';
import type { Metrics } from '../sim/timeline/types';

const metrics: Metrics = {
  events: 10,
  delivered: 8,
  latency: { mean: 512.34, p95: 990, max: 1000, min: 3 },
  requests: 20,
  emptyResponses: 12,
  connectionsOpened: 1,
  headerBytes: { up: 3000, down: 2000 },
  payloadBytes: { up: 0, down: 1000 },
  totalBytes: 6000,
};

const value = (label: string, m: Metrics = metrics) => metricsRows(m).rows.find((row) => row.label === label)?.value;

describe('metricsRows', () => {
  it('passes the counts and latencies through unchanged', () => {
    expect(value('metrics.events')).toBe(10);
    expect(value('metrics.latencyMean')).toBe(512.34);
    expect(value('metrics.latencyP95')).toBe(990);
    expect(value('metrics.emptyResponses')).toBe(12);
  });

  it('gives the header share of all bytes as the overhead', () => {
    expect(value('metrics.overhead')).toBeCloseTo((5000 / 6000) * 100);
  });

  it('splits bytes up, down and both ways', () => {
    expect(metricsRows(metrics).bytes).toEqual([
      { label: 'metrics.up', header: 3000, payload: 0, total: 3000 },
      { label: 'metrics.down', header: 2000, payload: 1000, total: 3000 },
      { label: 'metrics.both', header: 5000, payload: 1000, total: 6000 },
    ]);
  });

  it('has no latency when nothing was delivered, and no overhead without bytes', () => {
    const idle = { ...metrics, delivered: 0, totalBytes: 0, latency: { mean: 0, p95: 0, max: 0, min: 0 } };
    expect(value('metrics.latencyMean', idle)).toBeNaN();
    expect(value('metrics.overhead', idle)).toBeNaN();
  });
});
