import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeHeaderValue, unescapeHeaderValue } from './headerEscape';

describe('header escaping', () => {
  it('round-trips any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      const escaped = escapeHeaderValue(s);
      expect(escaped).not.toMatch(/[\r\n:]/);
      expect(unescapeHeaderValue(escaped)).toEqual({ ok: true, value: s });
    }), { numRuns: 300 });
  });

  it('rejects an undefined escape such as \\t, and a trailing backslash', () => {
    expect(unescapeHeaderValue('a\\tb')).toEqual({ ok: false, at: 1, sequence: '\\t' });
    expect(unescapeHeaderValue('a\\')).toEqual({ ok: false, at: 1, sequence: '\\' });
  });

  it('reads \\\\r as a backslash and an r, not as CR', () => {
    expect(unescapeHeaderValue('\\\\r')).toEqual({ ok: true, value: '\\r' });
  });
});
