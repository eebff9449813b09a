import { describe, expect, it } from 'vitest';
import { parseWebSocketUri } from './webSocketUri';

describe('parseWebSocketUri', () => {
  it('gives ws:// port 80 and wss:// port 443 by default', () => {
    expect(parseWebSocketUri('ws://example.com/chat')).toEqual({ ok: true, secure: false, host: 'example.com', port: 80, defaultPort: true, resourceName: '/chat' });
    expect(parseWebSocketUri('wss://example.com')).toMatchObject({ secure: true, port: 443, resourceName: '/' });
  });

  it('keeps an explicit port and the query in the resource name', () => {
    expect(parseWebSocketUri('WS://Example.com:8080/feed?room=1')).toEqual({ ok: true, secure: false, host: 'example.com', port: 8080, defaultPort: false, resourceName: '/feed?room=1' });
  });

  it('refuses other schemes, fragments, an empty host and a bad port', () => {
    expect(parseWebSocketUri('http://example.com/')).toEqual({ ok: false, problem: 'scheme' });
    expect(parseWebSocketUri('ws://example.com/#top')).toEqual({ ok: false, problem: 'fragment' });
    expect(parseWebSocketUri('ws:///chat')).toEqual({ ok: false, problem: 'host' });
    expect(parseWebSocketUri('ws://example.com:70000/')).toEqual({ ok: false, problem: 'port' });
  });
});
