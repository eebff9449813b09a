import { describe, expect, it } from 'vitest';
import { defaultBrokerUrl, isBrokerUrl } from './brokerUrl';

describe('brokerUrl', () => {
  it('points at this host’s /stomp, wss on an https page', () => {
    expect(defaultBrokerUrl({ protocol: 'http:', host: '127.0.0.1:4321' })).toBe('ws://127.0.0.1:4321/stomp');
    expect(defaultBrokerUrl({ protocol: 'https:', host: 'lab.example' })).toBe('wss://lab.example/stomp');
  });

  it('accepts ws:// and wss:// URLs only', () => {
    expect(isBrokerUrl('ws://localhost:15674/ws')).toBe(true);
    expect(isBrokerUrl(' wss://broker.example/stomp ')).toBe(true);
    expect(isBrokerUrl('http://localhost/stomp')).toBe(false);
    expect(isBrokerUrl('not a url')).toBe(false);
  });
});
