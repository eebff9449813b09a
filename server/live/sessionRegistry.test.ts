import { describe, expect, it } from 'vitest';
import { ManualClock } from './manualClock';
import type { LiveSession } from './liveSession';
import { SessionRegistry, type SessionRefusal } from './sessionRegistry';

const registry = (maxSessions = 2, extra: { maxSessionsPerAddress?: number; overloaded?: () => boolean } = {}) => {
  const clock = new ManualClock();
  return { clock, sessions: new SessionRegistry({ clock, maxSessions, sessionIdleMs: 1000, bufferSize: 8, defaultRate: 1, ...extra }) };
};

/** The session, or throws on a refusal: for the tests that expect one. */
const must = (got: LiveSession | SessionRefusal): LiveSession => {
  if (typeof got === 'string') throw new Error(`refused: ${got}`);
  return got;
};

describe('SessionRegistry', () => {
  it('creates a session on first use and returns the same one after', () => {
    const { sessions } = registry();
    const a = must(sessions.obtain('a', undefined));
    expect(a.rate).toBe(1);
    expect(sessions.obtain('a', undefined)).toBe(a);
  });

  it('sets the rate a request asks for', () => {
    const { sessions } = registry();
    sessions.obtain('a', 5);
    expect(must(sessions.obtain('a', 0.5)).rate).toBe(0.5);
    expect(must(sessions.obtain('a', undefined)).rate).toBe(0.5);
  });

  it('refuses a new session when full, unless an idle one can be dropped', () => {
    const { clock, sessions } = registry(1);
    sessions.obtain('a', undefined);
    expect(sessions.obtain('b', undefined)).toBe('tooManySessions');
    clock.stall(1000);
    expect(must(sessions.obtain('b', undefined)).id).toBe('b');
    expect(sessions.get('a')).toBeUndefined();
  });

  it('drops a session nobody used for the idle time, within 1.5 times it', () => {
    const { clock, sessions } = registry();
    sessions.obtain('a', undefined);
    clock.advance(999);
    expect(sessions.size).toBe(1);
    clock.advance(501);
    expect(sessions.size).toBe(0);
    expect(clock.timerCount).toBe(0);
  });

  it('keeps a session that has listeners however long it is idle', () => {
    const { clock, sessions } = registry();
    must(sessions.obtain('a', 0)).subscribe(() => {});
    clock.advance(10_000);
    expect(sessions.size).toBe(1);
  });

  it('stops every session on close', () => {
    const { clock, sessions } = registry();
    sessions.obtain('a', 10);
    sessions.obtain('b', 10);
    sessions.close();
    expect(sessions.size).toBe(0);
    expect(clock.timerCount).toBe(0);
  });

  it('lets one address create only its share of sessions, while another address still gets one', () => {
    const { sessions } = registry(10, { maxSessionsPerAddress: 3 });
    const hog = ['h1', 'h2', 'h3', 'h4', 'h5'].map((id) => sessions.obtain(id, 0, '127.0.0.2'));
    expect(hog.map((got) => (typeof got === 'string' ? got : 'ok'))).toEqual(['ok', 'ok', 'ok', 'tooManySessionsFromAddress', 'tooManySessionsFromAddress']);
    expect(must(sessions.obtain('mine', 0, '127.0.0.3')).id).toBe('mine');
    // Joining a session another address created is sharing, not creating: always allowed.
    expect(must(sessions.obtain('h1', undefined, '127.0.0.3')).id).toBe('h1');
  });

  it('gives an address its share back when its sessions are dropped', () => {
    const { clock, sessions } = registry(10, { maxSessionsPerAddress: 1 });
    must(sessions.obtain('a', 0, '127.0.0.2'));
    expect(sessions.obtain('b', 0, '127.0.0.2')).toBe('tooManySessionsFromAddress');
    clock.stall(1000);
    expect(must(sessions.obtain('b', 0, '127.0.0.2')).id).toBe('b');
    expect(sessions.createdBy('127.0.0.2')).toBe(1);
  });

  it('creates no session while overloaded, but still hands out existing ones', () => {
    let overloaded = false;
    const { sessions } = registry(10, { overloaded: () => overloaded });
    must(sessions.obtain('a', 0));
    overloaded = true;
    expect(sessions.obtain('b', 0)).toBe('overloaded');
    expect(must(sessions.obtain('a', 0)).id).toBe('a');
  });
});
