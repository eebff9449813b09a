import { describe, expect, it } from 'vitest';
import { formatHashState, parseHashState } from './hashState';

describe('parseHashState', () => {
  it('reads a step link', () => {
    expect(parseHashState('#step=12').position).toEqual({ kind: 'step', step: 12 });
  });

  it('reads a time link with a fraction of a millisecond', () => {
    expect(parseHashState('#t=1234.5').position).toEqual({ kind: 't', time: 1234.5 });
  });

  it('accepts a hash without the leading #', () => {
    expect(parseHashState('step=3').position).toEqual({ kind: 'step', step: 3 });
  });

  it('keeps unknown keys verbatim and in order', () => {
    expect(parseHashState('#a=1&step=12&sel=5&flag').others).toEqual(['a=1', 'sel=5', 'flag']);
  });

  it.each(['#step=abc', '#step=-4', '#step=1e3', '#step= 7', '#step=', '#t=NaN', '#t=Infinity', '#t=-1', '#t=1.', '#step=99999999999'])(
    'falls back to the start for the malformed %s',
    (hash) => {
      expect(parseHashState(hash).position).toEqual({ kind: 'start' });
    },
  );

  it('reads an empty or missing hash as the start', () => {
    expect(parseHashState('')).toEqual({ position: { kind: 'start' }, others: [] });
    expect(parseHashState('#')).toEqual({ position: { kind: 'start' }, others: [] });
  });

  it('lets the first valid position win', () => {
    expect(parseHashState('#step=x&t=50&step=2').position).toEqual({ kind: 't', time: 50 });
  });

  it('never throws on arbitrary text', () => {
    for (const hash of ['#%%%', '#=&=&', '#step=%E0%A4%A', '#\u0000', '#&&&&']) {
      expect(() => parseHashState(hash)).not.toThrow();
    }
  });
});

describe('formatHashState', () => {
  it('puts the position first and keeps the other keys', () => {
    expect(formatHashState({ position: { kind: 'step', step: 12 }, others: ['sel=5'] })).toBe('#step=12&sel=5');
  });

  it('rounds time to a tenth of a millisecond', () => {
    expect(formatHashState({ position: { kind: 't', time: 1234.5678 }, others: [] })).toBe('#t=1234.6');
  });

  it('writes nothing for the start with no other keys', () => {
    expect(formatHashState({ position: { kind: 'start' }, others: [] })).toBe('');
  });

  it('round-trips through parse', () => {
    const hash = '#t=99.5&sel=5&theme=dark';
    expect(formatHashState(parseHashState(hash))).toBe(hash);
  });

  it('replaces the position but leaves unknown keys intact', () => {
    const parsed = parseHashState('#step=12&sel=5');
    expect(formatHashState({ ...parsed, position: { kind: 'step', step: 13 } })).toBe('#step=13&sel=5');
  });
});

describe('a second player on the page, with a key prefix', () => {
  it('reads only its own keys and leaves the main player’s to pass through', () => {
    const state = parseHashState('#step=12&sockjs.step=4', 'sockjs.');
    expect(state.position).toEqual({ kind: 'step', step: 4 });
    expect(state.others).toEqual(['step=12']);
  });

  it('leaves its keys to pass through when the main player reads', () => {
    expect(parseHashState('#sockjs.t=50&step=2')).toEqual({ position: { kind: 'step', step: 2 }, others: ['sockjs.t=50'] });
  });

  it('writes its position under its own keys, the other widgets’ kept', () => {
    expect(formatHashState({ position: { kind: 'step', step: 5 }, others: ['step=12'] }, 'sockjs.')).toBe('#sockjs.step=5&step=12');
    expect(formatHashState({ position: { kind: 't', time: 80 }, others: [] }, 'sockjs.')).toBe('#sockjs.t=80');
  });

  it('ignores a malformed scoped position', () => {
    expect(parseHashState('#sockjs.step=-1', 'sockjs.').position).toEqual({ kind: 'start' });
  });
});
