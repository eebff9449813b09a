import { describe, expect, it } from 'vitest';
import { latencyChart } from './latencyChart';

const box = { width: 200, height: 120, left: 20, right: 0, top: 0, bottom: 20 };

describe('latencyChart', () => {
  it('puts the first event at the left edge, the last at the right, 0 ms on the baseline', () => {
    const chart = latencyChart([0, 10], [5, 5], box);
    expect(chart.measured.map((p) => [p.x, p.y])).toEqual([[20, 100], [200, 0]]);
    expect(chart.predicted.map((p) => p.y)).toEqual([50, 50]);
  });

  it('labels round latencies up to the largest value', () => {
    expect(latencyChart([3, 37], [], box).yTicks.map((t) => t.ms)).toEqual([0, 10, 20, 30]);
  });

  it('centres a single event and ticks it', () => {
    const chart = latencyChart([4], [4], box);
    expect(chart.measured[0]!.x).toBe(110);
    expect(chart.xTicks).toEqual([{ n: 1, x: 110 }]);
  });
});
