import { describe, expect, it } from 'vitest';
import { DEFAULT_STOMP_CONFIG, readStompConfig } from './stompConfig';

describe('readStompConfig', () => {
  it('starts from the defaults and takes STOMP_* variables, then overrides', () => {
    const config = readStompConfig({ STOMP_MAX_PENDING: '5', STOMP_HEART_BEAT_MS: '0' }, { maxHeaders: 3 });
    expect(config).toEqual({ ...DEFAULT_STOMP_CONFIG, maxPendingMessages: 5, heartBeatMs: 0, maxHeaders: 3 });
  });

  it('refuses a malformed value, and 0 for a bound that must stay bounded', () => {
    expect(() => readStompConfig({ STOMP_MAX_HEADERS: 'many' })).toThrow(/STOMP_MAX_HEADERS/);
    expect(() => readStompConfig({ STOMP_MAX_FRAME_BYTES: '0' })).toThrow(/≥ 1/);
  });
});
