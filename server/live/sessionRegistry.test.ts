import { describe, expect, it } from 'vitest';
import { ManualClock } from './manualClock';
import { SessionRegistry } from './sessionRegistry';

const registry = (maxSessions = 2) => {
  const clock = new ManualClock();
  return { clock, sessions: new SessionRegistry({ clock, maxSessions, sessionIdleMs: 1000, bufferSize: 8, defaultRate: 1 }) };
};

describe('SessionRegistry', () => {
  it('creates a session on first use and returns the same one after', () => {
    const { sessions } = registry();
    const a = sessions.obtain('a', undefined);
    expect(a?.rate).toBe(1);
    expect(sessions.obtain('a', undefined)).toBe(a);
  });

  it('sets the rate a request asks for', () => {
    const { sessions } = registry();
    sessions.obtain('a', 5);
    expect(sessions.obtain('a', 0.5)?.rate).toBe(0.5);
    expect(sessions.obtain('a', undefined)?.rate).toBe(0.5);
  });

  it('refuses a new session when full, unless an idle one can be dropped', () => {
    const { clock, sessions } = registry(1);
    sessions.obtain('a', undefined);
    expect(sessions.obtain('b', undefined)).toBeUndefined();
    clock.stall(1000);
    expect(sessions.obtain('b', undefined)).toBeDefined();
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
    sessions.obtain('a', 0)!.subscribe(() => {});
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
});
