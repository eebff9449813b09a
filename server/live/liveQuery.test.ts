import { describe, expect, it } from 'vitest';
import { MIN_HOLD_MS, parseLastEventId, parseLiveQuery } from './liveQuery';

const LIMITS = { maxRate: 20, longPollTimeoutMs: 25_000 };
const parse = (query: string) => parseLiveQuery(new URLSearchParams(query), LIMITS);

describe('parseLiveQuery', () => {
  it('reads every parameter', () => {
    expect(parse('session=abc_1-Z&rate=2.5&since=42&timeout=1000&mirror=1')).toEqual({
      ok: true,
      query: { session: 'abc_1-Z', rate: 2.5, since: 42, timeout: 1000, mirror: true },
    });
  });

  it('leaves absent parameters out and ignores unknown ones', () => {
    expect(parse('_=1700000000&session=x')).toEqual({ ok: true, query: { session: 'x', mirror: false } });
  });

  it.each([
    ['session=', 'session'],
    ['session=' + 'a'.repeat(65), 'session'],
    ['session=a%20b', 'session'],
    ['rate=21', 'rate'],
    ['rate=-1', 'rate'],
    ['rate=1e1', 'rate'],
    ['rate=', 'rate'],
    ['since=-3', 'since'],
    ['since=1.5', 'since'],
    ['since=1234567890123456', 'since'],
    [`timeout=${MIN_HOLD_MS - 1}`, 'timeout'],
    ['timeout=25001', 'timeout'],
    ['mirror=yes', 'mirror'],
    ['mirror=constructor', 'mirror'],
    ['since=1&since=2', 'since'],
  ])('refuses %s, naming %s', (query, parameter) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.parameter).toBe(parameter);
  });

  it('accepts rate 0 (messages only) and the maximum rate', () => {
    expect(parse('rate=0')).toMatchObject({ ok: true, query: { rate: 0 } });
    expect(parse('rate=20')).toMatchObject({ ok: true, query: { rate: 20 } });
  });
});

describe('parseLastEventId', () => {
  it('reads an event id, treats an empty value as absent, and flags anything else', () => {
    expect(parseLastEventId(' 17 ')).toBe(17);
    expect(parseLastEventId(undefined)).toBeUndefined();
    expect(parseLastEventId('')).toBeUndefined();
    expect(parseLastEventId('abc')).toBeNull();
  });
});
