import { describe, expect, it } from 'vitest';
import { defaultParams } from '../scenarios/defaultParams';
import { encodeFrame } from '../ws/encodeFrame';
import { OPCODE_TEXT } from '../ws/opcodes';
import type { CompareParams } from './compareParams';
import { compareTechniques } from './compareTechniques';
import { scaleBandwidth } from './scaleBandwidth';
import { wireTotals } from './wireTotals';

const params = (over: Partial<CompareParams> = {}): CompareParams => ({
  ...defaultParams('polling'),
  holdTimeoutMs: 30_000,
  events: { kind: 'periodic', periodMs: 500 },
  ...over,
});
const MINIMAL = { kind: 'custom', headers: [{ name: 'Host', value: 'example.com' }] } as const;

describe('compareTechniques', () => {
  const results = compareTechniques(params());

  it('runs the four techniques, in order, on the very same events', () => {
    expect(results.map((r) => r.technique)).toEqual(['polling', 'long-polling', 'streaming', 'websocket']);
    const times = results.map((r) => r.timeline.events.map((e) => e.generatedAt));
    for (const t of times) expect(t).toEqual(times[0]);
    for (const r of results) expect(r.timeline.events.map((e) => e.payload)).toEqual(results[0]!.timeline.events.map((e) => e.payload));
  });

  it('derives bytes per event and requests per event from the wire totals', () => {
    for (const r of results) {
      const totals = wireTotals(r.timeline);
      const all = totals.up.header + totals.up.payload + totals.down.header + totals.down.payload;
      expect(r.perEvent.total).toBeCloseTo(all / r.timeline.metrics.delivered, 9);
      expect(r.perEvent.header + r.perEvent.payload).toBeCloseTo(r.perEvent.total, 9);
      expect(r.requestsPerEvent).toBeCloseTo(totals.requests / r.timeline.metrics.delivered, 9);
    }
  });

  it('agrees with each timeline\'s own metrics on bytes', () => {
    for (const r of results) {
      expect(r.totals.up.header + r.totals.down.header).toBe(r.timeline.metrics.headerBytes.up + r.timeline.metrics.headerBytes.down);
      expect(r.totals.up.payload + r.totals.down.payload).toBe(r.timeline.metrics.payloadBytes.up + r.timeline.metrics.payloadBytes.down);
    }
  });

  it('changes HTTP overhead with the request header set, and leaves each WebSocket message at frame header + payload', () => {
    const browser = compareTechniques(params());
    const minimal = compareTechniques(params({ headerSet: MINIMAL }));
    for (const i of [0, 1, 2]) {
      expect(minimal[i]!.totals.up.header, browser[i]!.technique).toBeLessThan(browser[i]!.totals.up.header);
    }
    const messageFrames = (r: (typeof browser)[number]) =>
      r.timeline.transfers.filter((t) => t.kind === 'ws-frame' && t.carries.length > 0);
    const before = messageFrames(browser[3]!);
    const after = messageFrames(minimal[3]!);
    expect(before.length).toBe(browser[3]!.timeline.metrics.events);
    expect(after.map((t) => [t.headerBytes, t.payloadBytes])).toEqual(before.map((t) => [t.headerBytes, t.payloadBytes]));
    for (const frame of before) {
      const expected = encodeFrame({ opcode: OPCODE_TEXT, payload: new Uint8Array(frame.payloadBytes) });
      expect(frame.headerBytes).toBe(expected.headerBytes);
      expect(frame.bytes.length).toBe(expected.bytes.length);
    }
    // 64-byte payloads fit the 7-bit length: 2 bytes of header, unmasked from the server.
    expect(before[0]!.headerBytes).toBe(2);
  });

  it('scales to N clients exactly the serialized bytes of every technique\'s transfers', () => {
    const clients = 10_000;
    for (const r of results) {
      const counted = r.timeline.transfers.filter((t) => t.kind !== 'tcp-segment');
      const bytes = counted.reduce((n, t) => n + t.bytes.length, 0);
      const requests = counted.filter((t) => t.kind === 'http-request').length;
      const figures = scaleBandwidth(r.rate, clients);
      expect(figures.totalBps, r.technique).toBeCloseTo(((bytes * 8) / 10) * clients, 3);
      expect(figures.requestsPerSecond, r.technique).toBeCloseTo((requests / 10) * clients, 6);
    }
  });

  it('gives the scale calculator each run\'s bytes per second of the event window', () => {
    for (const r of results) {
      expect(r.rate.downBytesPerSecond).toBeCloseTo((r.totals.down.header + r.totals.down.payload) / 10, 9);
      expect(r.rate.requestsPerSecond).toBeCloseTo(r.totals.requests / 10, 9);
    }
  });
});
