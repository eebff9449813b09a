import { describe, expect, it } from 'vitest';
import { compareTechniques, type TechniqueResult } from '../sim';
import { defaultCompareKnobs, presetKnobs, sameCompareKnobs, type PresetName } from './compareKnobs';
import { toCompareParams } from './toCompareParams';

function run(preset: PresetName): Record<string, TechniqueResult> {
  return Object.fromEntries(compareTechniques(toCompareParams(presetKnobs(preset))).map((r) => [r.technique, r]));
}
const mean = (r: TechniqueResult) => r.timeline.metrics.latency.mean;
const bytes = (r: TechniqueResult) => r.timeline.metrics.totalBytes;

describe('compare presets', () => {
  it('tells the same knobs from different ones, knob for knob', () => {
    expect(sameCompareKnobs(defaultCompareKnobs(), defaultCompareKnobs())).toBe(true);
    expect(sameCompareKnobs(presetKnobs('ticker'), presetKnobs('ticker'))).toBe(true);
    expect(sameCompareKnobs(defaultCompareKnobs(), presetKnobs('chat'))).toBe(false);
    expect(sameCompareKnobs(defaultCompareKnobs(), { ...defaultCompareKnobs(), latencyMs: 51 })).toBe(false);
  });

  it('delivers every event with every technique in every preset', () => {
    for (const preset of ['chat', 'ticker', 'notifications', 'burst'] as const) {
      for (const r of Object.values(run(preset))) {
        expect(r.timeline.metrics.events, `${preset} ${r.technique}`).toBeGreaterThan(0);
        expect(r.timeline.metrics.delivered, `${preset} ${r.technique}`).toBe(r.timeline.metrics.events);
      }
    }
  });

  describe('stock ticker, 10 events a second', () => {
    const r = run('ticker');

    it('has WebSocket and streaming beat both HTTP techniques on latency and on bytes', () => {
      for (const push of [r.websocket!, r.streaming!]) {
        for (const http of [r.polling!, r['long-polling']!]) {
          expect(mean(push), `${push.technique} vs ${http.technique}`).toBeLessThan(mean(http));
          expect(bytes(push), `${push.technique} vs ${http.technique}`).toBeLessThan(bytes(http));
        }
      }
    });

    it('has long polling beat 1 s polling on latency but spend more bytes', () => {
      expect(mean(r['long-polling']!)).toBeLessThan(mean(r.polling!) / 3);
      expect(bytes(r['long-polling']!)).toBeGreaterThan(bytes(r.polling!) * 2);
    });

    it('costs long polling about one request per event, and polling one per second', () => {
      expect(r['long-polling']!.requestsPerEvent).toBeGreaterThan(0.9);
      expect(r['long-polling']!.requestsPerEvent).toBeLessThanOrEqual(1);
      const seconds = presetKnobs('ticker').durationS;
      expect(r.polling!.totals.requests).toBeGreaterThanOrEqual(seconds);
      expect(r.polling!.totals.requests).toBeLessThanOrEqual(seconds + 1);
    });

    it('spends fewer bytes per event over WebSocket than over any HTTP technique', () => {
      for (const http of [r.polling!, r['long-polling']!, r.streaming!]) expect(r.websocket!.perEvent.total).toBeLessThan(http.perEvent.total);
    });
  });

  describe('rare notifications', () => {
    const r = run('notifications');

    it('has polling spend the most bytes, nearly all on empty answers', () => {
      for (const other of [r['long-polling']!, r.streaming!, r.websocket!]) expect(bytes(r.polling!)).toBeGreaterThan(bytes(other) * 5);
      expect(r.polling!.timeline.metrics.emptyResponses).toBeGreaterThan(r.polling!.totals.requests * 0.9);
    });

    it('has long polling as fast as a push technique when events are far apart', () => {
      expect(mean(r['long-polling']!)).toBeLessThan(mean(r.websocket!) + 5);
      expect(mean(r.polling!)).toBeGreaterThan(mean(r['long-polling']!) * 3);
    });
  });

  describe('a burst', () => {
    const r = run('burst');

    it('makes long polling queue the burst behind a round trip, while streaming and WebSocket do not', () => {
      const longPolling = r['long-polling']!.timeline.metrics.latency;
      expect(longPolling.max).toBeGreaterThan(r.streaming!.timeline.metrics.latency.max * 2);
      expect(longPolling.max).toBeGreaterThan(r.websocket!.timeline.metrics.latency.max * 2);
      expect(mean(r.polling!)).toBeGreaterThan(mean(r['long-polling']!));
    });
  });

  describe('chat', () => {
    const r = run('chat');

    it('ranks mean latency WebSocket ≈ streaming < long polling < polling', () => {
      expect(mean(r.websocket!)).toBeLessThanOrEqual(mean(r['long-polling']!));
      expect(mean(r.streaming!)).toBeLessThanOrEqual(mean(r['long-polling']!));
      expect(mean(r['long-polling']!)).toBeLessThan(mean(r.polling!));
    });
  });
});
