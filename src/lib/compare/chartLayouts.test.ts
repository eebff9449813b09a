import { describe, expect, it } from 'vitest';
import { compareTechniques, scaleBandwidth } from '../../sim';
import { presetKnobs } from '../../widgets/compareKnobs';
import { toCompareParams } from '../../widgets/toCompareParams';
import { bytesLayout, latencyLayout, scaleLayout } from './chartLayouts';
import { scaleSeries } from './scaleRows';

const results = compareTechniques(toCompareParams(presetKnobs('ticker')));

describe('latencyLayout', () => {
  const { box, strips, ticks } = latencyLayout(results);

  it('draws one dot per delivered event inside the plot, and the axis reaches past the worst latency', () => {
    strips.forEach((strip, i) => {
      expect(strip.dots.length).toBe(results[i]!.timeline.metrics.delivered);
      for (const dot of strip.dots) expect(dot.x).toBeGreaterThanOrEqual(box.left);
      for (const dot of strip.dots) expect(dot.x).toBeLessThanOrEqual(box.right);
    });
    const worst = Math.max(...results.map((r) => r.timeline.metrics.latency.max));
    expect(ticks.at(-1)!.value).toBeGreaterThanOrEqual(worst);
  });

  it('places the slower technique\'s mean further right', () => {
    const polling = strips.find((s) => s.technique === 'polling')!;
    const websocket = strips.find((s) => s.technique === 'websocket')!;
    expect(polling.meanX).toBeGreaterThan(websocket.meanX);
    expect(polling.p95X).toBeGreaterThanOrEqual(polling.meanX);
  });
});

describe('bytesLayout', () => {
  it('ends each line at its total and reads the running total at the player\'s time', () => {
    const end = bytesLayout(results, 1e9);
    for (const [i, line] of end.lines.entries()) {
      expect(line.totalBytes).toBe(results[i]!.timeline.metrics.totalBytes);
      expect(line.nowBytes).toBe(line.totalBytes);
    }
    const start = bytesLayout(results, 0);
    for (const line of start.lines) expect(line.nowBytes).toBeLessThan(line.totalBytes);
    expect(start.nowX).toBe(start.box.left);
  });

  it('puts the line that spent more bytes higher (smaller y)', () => {
    const { lines } = bytesLayout(results, 0);
    const longPolling = lines.find((l) => l.technique === 'long-polling')!;
    const websocket = lines.find((l) => l.technique === 'websocket')!;
    expect(longPolling.endY).toBeLessThan(websocket.endY);
  });
});

describe('scaleLayout', () => {
  it('draws straight lines on log–log axes (bandwidth grows linearly with clients)', () => {
    const { lines } = scaleLayout(scaleSeries(results), 10_000);
    for (const line of lines) {
      const [a, b, c] = line.points;
      // Equal steps in log(clients) give equal steps in log(bps).
      expect((c!.y - b!.y) / (c!.x - b!.x)).toBeCloseTo((b!.y - a!.y) / (b!.x - a!.x), 6);
    }
  });

  it('labels decades that cover every point', () => {
    const series = scaleSeries(results);
    const { yTicks, xTicks } = scaleLayout(series, 10_000);
    const top = Math.max(...series.flatMap((s) => s.points.map((p) => p.totalBps)));
    expect(yTicks.at(-1)!.value).toBeGreaterThanOrEqual(top);
    expect(xTicks[0]!.value).toBe(10);
    expect(scaleBandwidth(results[0]!.rate, 10).clients).toBe(10);
  });
});
