import { describe, expect, it } from 'vitest';
import { defaultParams } from '../scenarios/defaultParams';
import { runScenario } from '../scenarios/runScenario';
import { clientRate, scaleBandwidth, toArticleMbps } from './scaleBandwidth';
import { wireTotals } from './wireTotals';

describe('scaleBandwidth', () => {
  const timeline = runScenario('polling', defaultParams('polling'));
  const totals = wireTotals(timeline);

  it('sums exactly the serialized bytes of every transfer, by direction', () => {
    const up = timeline.transfers.filter((t) => t.from === 'client').reduce((n, t) => n + t.bytes.length, 0);
    const down = timeline.transfers.filter((t) => t.from === 'server').reduce((n, t) => n + t.bytes.length, 0);
    expect(totals.up.header + totals.up.payload).toBe(up);
    expect(totals.down.header + totals.down.payload).toBe(down);
    expect(up + down).toBe(timeline.metrics.totalBytes);
    expect(totals.requests).toBe(timeline.transfers.filter((t) => t.kind === 'http-request').length);
  });

  it('multiplies one client\'s bytes per second by 8 bits and by the number of clients', () => {
    const rate = clientRate(totals, 10_000);
    const up = totals.up.header + totals.up.payload;
    const down = totals.down.header + totals.down.payload;
    const scaled = scaleBandwidth(rate, 1000);
    expect(scaled.upBps).toBeCloseTo((up / 10) * 8 * 1000, 6);
    expect(scaled.downBps).toBeCloseTo((down / 10) * 8 * 1000, 6);
    expect(scaled.totalBps).toBeCloseTo(scaled.upBps + scaled.downBps, 6);
    expect(scaled.requestsPerSecond).toBeCloseTo((totals.requests / 10) * 1000, 9);
  });

  it('grows linearly with clients', () => {
    const rate = clientRate(totals, 10_000);
    expect(scaleBandwidth(rate, 100_000).totalBps).toBeCloseTo(scaleBandwidth(rate, 1000).totalBps * 100, 3);
  });

  it('reports nothing for an empty window instead of dividing by zero', () => {
    expect(clientRate(totals, 0)).toEqual({ upBytesPerSecond: 0, downBytesPerSecond: 0, requestsPerSecond: 0 });
  });

  it('converts to the article\'s megabits of 2^20 bits', () => {
    expect(toArticleMbps(2 ** 20)).toBe(1);
  });
});
