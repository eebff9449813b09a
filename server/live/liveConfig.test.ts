import { describe, expect, it } from 'vitest';
import { DEFAULT_LIVE_CONFIG, readLiveConfig } from './liveConfig';

describe('readLiveConfig', () => {
  it('gives the defaults for an empty environment', () => {
    expect(readLiveConfig({})).toEqual(DEFAULT_LIVE_CONFIG);
  });

  it('reads LIVE_* variables, then applies overrides on top', () => {
    const config = readLiveConfig({ LIVE_MAX_PAYLOAD_BYTES: '1024', LIVE_MAX_RATE: '2.5', LIVE_ALLOWED_ORIGINS: ' https://a.example , https://b.example ' }, { maxPayloadBytes: 2048 });
    expect(config.maxPayloadBytes).toBe(2048);
    expect(config.maxRate).toBe(2.5);
    expect(config.allowedOrigins).toEqual(['https://a.example', 'https://b.example']);
  });

  it.each([['LIVE_IDLE_TIMEOUT_MS', 'soon'], ['LIVE_MAX_CONNECTIONS', '1.5'], ['LIVE_HANDSHAKE_TIMEOUT_MS', '-1']])('refuses %s=%s', (name, value) => {
    expect(() => readLiveConfig({ [name]: value })).toThrow(name);
  });

  it('refuses a default rate above the maximum rate', () => {
    expect(() => readLiveConfig({ LIVE_DEFAULT_RATE: '5', LIVE_MAX_RATE: '2' })).toThrow('LIVE_DEFAULT_RATE');
  });

  it('turns permessage-deflate on with LIVE_DEFLATE=on, keeps it off by default, and refuses other words', () => {
    expect(readLiveConfig({}).deflate).toBe(false);
    expect(readLiveConfig({ LIVE_DEFLATE: 'on' }).deflate).toBe(true);
    expect(readLiveConfig({ LIVE_DEFLATE: 'off' }).deflate).toBe(false);
    expect(() => readLiveConfig({ LIVE_DEFLATE: 'maybe' })).toThrow('LIVE_DEFLATE');
  });
});
