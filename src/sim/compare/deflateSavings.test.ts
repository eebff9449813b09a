import { describe, expect, it } from 'vitest';
import { defaultParams } from '../scenarios/defaultParams';
import type { CompareParams } from './compareParams';
import { compareTechniques } from './compareTechniques';
import { deflateSavings, savedPerMessage } from './deflateSavings';
import { wireTotals } from './wireTotals';

const params = (over: Partial<CompareParams> = {}): CompareParams => ({
  ...defaultParams('polling'),
  holdTimeoutMs: 30_000,
  events: { kind: 'periodic', periodMs: 500 },
  ...over,
});

describe('deflateSavings', () => {
  it('pays on the JSON events, most with context takeover, and costs bytes on random ones', () => {
    const s = deflateSavings(params({ payloadBytes: 256 }));
    expect(s.json.messages).toBeGreaterThan(5);
    expect(s.json.takeoverBytes).toBeLessThan(s.json.noTakeoverBytes);
    expect(s.json.noTakeoverBytes).toBeLessThan(s.json.plainBytes);
    expect(savedPerMessage(s.json, 'takeover')).toBeGreaterThan(100);
    expect(savedPerMessage(s.random, 'noTakeover')).toBeLessThan(0);
    expect(s.random.messages).toBe(s.json.messages);
    // Ticker JSON: context takeover finds the repeated keys in the last message.
    expect(s.ticks.takeoverBytes).toBeLessThan(s.ticks.noTakeoverBytes);
    expect(savedPerMessage(s.ticks, 'takeover')).toBeGreaterThan(0);
  });

  it('is what the WebSocket column measures with compression on, and leaves the classic comparison unchanged when off', () => {
    const off = compareTechniques(params(), ['websocket'])[0]!;
    const classic = compareTechniques(params({ compression: 'off' }), ['websocket'])[0]!;
    expect(wireTotals(classic.timeline)).toEqual(wireTotals(off.timeline));
    const on = compareTechniques(params({ compression: 'deflate' }), ['websocket'])[0]!;
    expect(wireTotals(on.timeline).down.payload).toBeLessThan(wireTotals(off.timeline).down.payload / 2);
  });
});
