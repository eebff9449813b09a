import { describe, expect, it } from 'vitest';
import { echoFigures, recentEntries, transportPath, type TraceEntry } from './realtimeTrace';

const trace: TraceEntry[] = [
  { kind: 'transport', at: 0, name: 'polling' },
  { kind: 'echo', at: 5, transport: 'polling', rttMs: 4, sentBytes: 19, receivedBytes: 12, predicted: { sentBytes: 19, receivedBytes: 12 } },
  { kind: 'echo', at: 9, transport: 'polling', rttMs: 2, sentBytes: 19, receivedBytes: 12, predicted: { sentBytes: 19, receivedBytes: 12 } },
  { kind: 'probe', at: 10, name: 'websocket' },
  { kind: 'upgrade', at: 12, name: 'websocket' },
  { kind: 'echo', at: 20, transport: 'websocket', rttMs: 1, sentBytes: 19, receivedBytes: 12, predicted: { sentBytes: 20, receivedBytes: 13 } },
];

describe('transportPath', () => {
  it('lists the first transport and every upgrade once, in order', () => {
    expect(transportPath(trace)).toEqual(['polling', 'websocket']);
  });

  it('is one transport when no upgrade happened', () => {
    expect(transportPath(trace.slice(0, 3))).toEqual(['polling']);
  });
});

describe('echoFigures', () => {
  it('groups round trips by transport with their mean, minimum, and the last echo\'s measured and predicted bytes', () => {
    expect(echoFigures(trace)).toEqual([
      { transport: 'polling', count: 2, meanRttMs: 3, minRttMs: 2, sentBytes: 19, receivedBytes: 12, predicted: { sentBytes: 19, receivedBytes: 12 } },
      { transport: 'websocket', count: 1, meanRttMs: 1, minRttMs: 1, sentBytes: 19, receivedBytes: 12, predicted: { sentBytes: 20, receivedBytes: 13 } },
    ]);
  });
});

describe('recentEntries', () => {
  it('keeps only the last entries past the limit', () => {
    expect(recentEntries(trace, 2)).toEqual(trace.slice(4));
    expect(recentEntries(trace, 10)).toBe(trace);
  });
});
