import { describe, expect, it } from 'vitest';
import { hashChoice, hashIndex, hashParam, withHashParam } from './hashParam';

describe('hashParam', () => {
  it('reads a value among other widgets’ keys, with or without the #', () => {
    expect(hashParam('#step=3&fragment=2', 'fragment')).toBe('2');
    expect(hashParam('case=ok', 'case')).toBe('ok');
  });

  it('reads a missing key as undefined, and a bare key as empty', () => {
    expect(hashParam('#step=3', 'case')).toBeUndefined();
    expect(hashParam('#case', 'case')).toBe('');
  });

  it('does not mistake a key that only starts the same for it', () => {
    expect(hashParam('#steps=4&sockjs.step=2', 'step')).toBeUndefined();
  });
});

describe('withHashParam', () => {
  it('replaces a value in place and keeps every other part in order', () => {
    expect(withHashParam('#step=3&case=ok&code=python', 'case', 'wrongAccept')).toBe('#step=3&case=wrongAccept&code=python');
  });

  it('adds a missing key last', () => {
    expect(withHashParam('#step=3', 'fragment', 2)).toBe('#step=3&fragment=2');
    expect(withHashParam('', 'frame', 'ping')).toBe('#frame=ping');
  });

  it('removes the key for undefined, and writes "" when nothing is left', () => {
    expect(withHashParam('#step=3&case=ok', 'case', undefined)).toBe('#step=3');
    expect(withHashParam('#case=ok', 'case', undefined)).toBe('');
  });

  it('writes a duplicated key once', () => {
    expect(withHashParam('#case=a&x=1&case=b', 'case', 'c')).toBe('#case=c&x=1');
  });
});

describe('hashIndex', () => {
  it('turns the 1-based number on screen into a 0-based index', () => {
    expect(hashIndex('#step=3', 'step', 7)).toBe(2);
  });

  it('clamps a number past either end into range', () => {
    expect(hashIndex('#step=99', 'step', 7)).toBe(6);
    expect(hashIndex('#step=0', 'step', 7)).toBe(0);
  });

  it.each(['#step=abc', '#step=-2', '#step=1e3', '#step=2.5', '#step= 4', '#step=', '#step', '#step=9999999999', '#other=3'])(
    'ignores %s',
    (hash) => {
      expect(hashIndex(hash, 'step', 7)).toBeUndefined();
    },
  );

  it('names no index when there is nothing to pick', () => {
    expect(hashIndex('#step=1', 'step', 0)).toBeUndefined();
  });
});

describe('hashChoice', () => {
  it('accepts only one of the options, strings or numbers', () => {
    expect(hashChoice('#case=wrongAccept', 'case', ['ok', 'wrongAccept'] as const)).toBe('wrongAccept');
    expect(hashChoice('#close=1001', 'close', [1000, 1001])).toBe(1001);
  });

  it('ignores an unknown or differently written value', () => {
    expect(hashChoice('#case=WRONGACCEPT', 'case', ['ok', 'wrongAccept'])).toBeUndefined();
    expect(hashChoice('#close=01001', 'close', [1000, 1001])).toBeUndefined();
    expect(hashChoice('#case=<b>', 'case', ['ok'])).toBeUndefined();
  });
});
