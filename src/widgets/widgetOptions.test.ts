import { describe, expect, it } from 'vitest';
import { defaultKnobs } from './knobs';
import { readWidgetOptions, writeWidgetQuery } from './widgetOptions';

const read = (query: string, scenario: 'polling' | 'long-polling' | 'streaming' = 'polling') =>
  readWidgetOptions(new URLSearchParams(query), scenario);

describe('readWidgetOptions', () => {
  it('takes valid knobs, step, theme, autoplay and lang', () => {
    const options = read('intervalMs=500&latencyMs=80&step=12&theme=dark&autoplay=1&lang=en');
    expect(options.knobs.intervalMs).toBe(500);
    expect(options.knobs.latencyMs).toBe(80);
    expect(options).toMatchObject({ step: 12, theme: 'dark', autoplay: true, lang: 'en', rejected: [] });
  });

  it('falls back to the default and reports the name for out-of-range or malformed values', () => {
    const options = read('intervalMs=5&latencyMs=abc&step=-3');
    expect(options.knobs.intervalMs).toBe(defaultKnobs().intervalMs);
    expect(options.knobs.latencyMs).toBe(defaultKnobs().latencyMs);
    expect(options.step).toBeUndefined();
    expect(options.rejected).toEqual(['intervalMs', 'latencyMs', 'step']);
  });

  it('rejects a knob that belongs to another scenario', () => {
    expect(read('holdTimeoutMs=2000', 'polling').rejected).toEqual(['holdTimeoutMs']);
    expect(read('holdTimeoutMs=2000', 'long-polling').knobs.holdTimeoutMs).toBe(2000);
  });

  it('never lets script-bearing values or names through', () => {
    const options = read('mode=<script>alert(1)</script>&theme=" onload="x&%3Cimg%20src%3Dx%3E=1&lang=javascript:alert(1)', 'streaming');
    expect(options.knobs.mode).toBe('sse');
    expect(options.theme).toBe('auto');
    expect(options.lang).toBe('en');
    for (const name of options.rejected) expect(name).toMatch(/^[A-Za-z0-9_.?-]+$/);
    expect(options.rejected).toContain('mode');
  });

  it('reports at most five rejected names', () => {
    expect(read('a=1&b=1&c=1&d=1&e=1&f=1&g=1').rejected).toHaveLength(5);
  });
});

describe('writeWidgetQuery', () => {
  it('writes only what differs from the defaults, and round-trips through readWidgetOptions', () => {
    const knobs = { ...defaultKnobs(), intervalMs: 250, pattern: 'bursts' };
    const query = writeWidgetQuery('polling', knobs, { step: 7, theme: 'dark' });
    expect(query).toBe('?intervalMs=250&pattern=bursts&step=7&theme=dark');
    const back = read(query.slice(1));
    expect(back.knobs).toEqual(knobs);
    expect(back.step).toBe(7);
  });

  it('writes nothing for all-default knobs', () => {
    expect(writeWidgetQuery('streaming', defaultKnobs())).toBe('');
  });
});
