import { describe, expect, it } from 'vitest';
import { RFC_6455_YEAR, rfc6455Browsers } from './rfc6455Browsers';

describe('rfc6455Browsers', () => {
  it('lists the five desktop browsers once each', () => {
    expect(new Set(rfc6455Browsers.map((b) => b.browser)).size).toBe(5);
  });

  it('has no browser ship RFC 6455 before the RFC was published', () => {
    for (const b of rfc6455Browsers) expect(b.year).toBeGreaterThanOrEqual(RFC_6455_YEAR);
  });

  it('has every earlier WebSocket come in a version before the RFC 6455 one', () => {
    for (const b of rfc6455Browsers) {
      if (b.before.kind === 'draft') expect(Number(b.before.since)).toBeLessThan(Number(b.rfc6455));
    }
  });

  it('records Internet Explorer as having had no WebSocket before version 10', () => {
    expect(rfc6455Browsers.find((b) => b.browser === 'Internet Explorer')).toMatchObject({ rfc6455: '10', before: { kind: 'none' } });
  });
});
