import { describe, expect, it } from 'vitest';
import { defaultParams, runScenario } from '../../sim';
import { bytesAt, cumulativeBytes } from './cumulativeBytes';

describe('cumulativeBytes', () => {
  const timeline = runScenario('polling', defaultParams('polling'));
  const points = cumulativeBytes(timeline);

  it('starts at zero and ends at the run\'s total bytes', () => {
    expect(points[0]).toEqual({ time: 0, bytes: 0 });
    expect(points.at(-1)!.bytes).toBe(timeline.metrics.totalBytes);
  });

  it('never decreases, in time or in bytes', () => {
    for (let i = 1; i < points.length; i++) {
      expect(points[i]!.time).toBeGreaterThanOrEqual(points[i - 1]!.time);
      expect(points[i]!.bytes).toBeGreaterThan(points[i - 1]!.bytes);
    }
  });

  it('reads the total sent by a given time', () => {
    const firstRequest = timeline.transfers[0]!;
    expect(bytesAt(points, -1)).toBe(0);
    expect(bytesAt(points, firstRequest.sentAt)).toBe(firstRequest.bytes.length);
    expect(bytesAt(points, Infinity)).toBe(timeline.metrics.totalBytes);
  });
});
