import { describe, expect, it } from 'vitest';
import { defaultCompareKnobs, matchingPreset, presetKnobs } from './compareKnobs';
import { toCompareParams } from './toCompareParams';
import { readCompareOptions, writeCompareQuery } from './compareOptions';

const read = (query: string) => readCompareOptions(new URLSearchParams(query));

describe('readCompareOptions', () => {
  it('applies a preset first and explicit knobs over it', () => {
    const options = read('preset=notifications&latencyMs=20');
    expect(options.knobs).toEqual({ ...presetKnobs('notifications'), latencyMs: 20 });
    expect(options.rejected).toEqual([]);
  });

  it('drops malformed, out-of-range and unknown parameters and names them safely', () => {
    const options = read('eventsPerMin=0&pattern=zigzag&preset=nope&%3Cscript%3E=1&t=-5');
    expect(options.knobs).toEqual(defaultCompareKnobs());
    expect(options.rejected).toEqual(['preset', 'eventsPerMin', 'pattern', '?script?', 't']);
  });

  it('reads the time, theme, autoplay and language', () => {
    expect(read('t=1500&theme=dark&autoplay=1&lang=ko')).toMatchObject({ time: 1500, theme: 'dark', autoplay: true, lang: 'ko' });
  });
});

describe('writeCompareQuery', () => {
  it('writes only what differs from the defaults, and reads back to the same knobs', () => {
    const knobs = { ...presetKnobs('burst'), seed: 3 };
    const query = writeCompareQuery(knobs, { time: 2000.4, theme: 'dark' });
    expect(query).toContain('t=2000');
    expect(query).not.toContain('latencyMs');
    expect(read(query.slice(1)).knobs).toEqual(knobs);
    expect(writeCompareQuery(defaultCompareKnobs())).toBe('');
  });
});

describe('compare knobs', () => {
  it('recognises a preset only when every knob matches it', () => {
    expect(matchingPreset(presetKnobs('chat'))).toBe('chat');
    expect(matchingPreset({ ...presetKnobs('chat'), seed: 1 })).toBeUndefined();
    expect(matchingPreset(defaultCompareKnobs())).toBe('ticker');
  });

  it('turns the knobs into one parameter set for every technique', () => {
    const params = toCompareParams({ ...defaultCompareKnobs(), eventsPerMin: 600, pattern: 'periodic', bandwidthMbps: 2, durationS: 15, headerSet: 'minimal' });
    expect(params.events).toEqual({ kind: 'periodic', periodMs: 100 });
    expect(params.network.bandwidthBps).toBe(2_000_000);
    expect(params.durationMs).toBe(15_000);
    expect(params.headerSet).toEqual({ kind: 'custom', headers: [{ name: 'Host', value: 'example.com' }] });
  });
});
