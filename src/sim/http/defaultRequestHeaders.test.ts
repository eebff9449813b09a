import { describe, expect, it } from 'vitest';
import { CHROME_USER_AGENT, cookieOfLength, defaultRequestHeaders } from './defaultRequestHeaders';
import { serializeRequest } from './serializeRequest';

const names = (host: string, o?: Parameters<typeof defaultRequestHeaders>[1]) => defaultRequestHeaders(host, o).map((h) => h.name);
const value = (name: string, host: string, o?: Parameters<typeof defaultRequestHeaders>[1]) => defaultRequestHeaders(host, o).find((h) => h.name === name)?.value;

describe('defaultRequestHeaders', () => {
  it('gives a fetch() from a non-secure page the plain Chromium set in its order', () => {
    expect(names('example.com')).toEqual(['Host', 'Connection', 'User-Agent', 'Accept', 'Referer', 'Accept-Encoding', 'Accept-Language']);
  });

  it('weighs a plain poll of /poll from http://example.com at 288 bytes', () => {
    // request line 18+2, Host 17+2, Connection 22+2, User-Agent 12+101+2, Accept 11+2,
    // Referer 28+2, Accept-Encoding 30+2, Accept-Language 31+2, blank line 2 = 288
    expect(CHROME_USER_AGENT).toHaveLength(101);
    const m = serializeRequest({ method: 'GET', target: '/poll', headers: defaultRequestHeaders('example.com') });
    expect(m.bytes.length).toBe(288);
  });

  it('offers br and zstd only to a potentially trustworthy page (https: or localhost)', () => {
    expect(value('Accept-Encoding', 'example.com')).toBe('gzip, deflate');
    expect(value('Accept-Encoding', 'example.com', { pageOrigin: 'https://example.com' })).toBe('gzip, deflate, br, zstd');
    expect(value('Accept-Encoding', 'localhost:4321')).toBe('gzip, deflate, br, zstd');
  });

  it('adds the client hints and Sec-Fetch headers where Chromium puts them, on a trustworthy page only', () => {
    expect(names('a', { pageOrigin: 'https://a' })).toEqual([
      'Host', 'Connection', 'sec-ch-ua-platform', 'User-Agent', 'sec-ch-ua', 'sec-ch-ua-mobile', 'Accept',
      'Sec-Fetch-Site', 'Sec-Fetch-Mode', 'Sec-Fetch-Dest', 'Referer', 'Accept-Encoding', 'Accept-Language',
    ]);
  });

  it('sends what EventSource sends: Pragma and Cache-Control before User-Agent, and its Accept', () => {
    expect(names('a', { kind: 'eventsource' })).toEqual(['Host', 'Connection', 'Pragma', 'Cache-Control', 'User-Agent', 'Accept', 'Referer', 'Accept-Encoding', 'Accept-Language']);
    expect(value('Accept', 'a', { kind: 'eventsource' })).toBe('text/event-stream');
    expect(value('Pragma', 'a', { kind: 'eventsource' })).toBe('no-cache');
  });

  it('writes a POST with Content-Length third and Content-Type after User-Agent, and always an Origin', () => {
    expect(names('a', { kind: 'post', bodyLength: 5 })).toEqual([
      'Host', 'Connection', 'Content-Length', 'User-Agent', 'Content-Type', 'Accept', 'Origin', 'Referer', 'Accept-Encoding', 'Accept-Language',
    ]);
    expect(value('Origin', 'a', { kind: 'post' })).toBe('http://a');
  });

  it('writes a navigation with Upgrade-Insecure-Requests and no Referer', () => {
    expect(names('a', { kind: 'navigation' })).toEqual(['Host', 'Connection', 'Upgrade-Insecure-Requests', 'User-Agent', 'Accept', 'Accept-Encoding', 'Accept-Language']);
  });

  it('writes the WebSocket upgrade in Chromium order, with the key and the permessage-deflate offer last', () => {
    expect(names('a', { kind: 'websocket', cookieLength: 10 })).toEqual([
      'Host', 'Connection', 'Pragma', 'Cache-Control', 'User-Agent', 'Upgrade', 'Origin', 'Sec-WebSocket-Version',
      'Accept-Encoding', 'Accept-Language', 'Cookie', 'Sec-WebSocket-Key', 'Sec-WebSocket-Extensions',
    ]);
    expect(value('Connection', 'a', { kind: 'websocket' })).toBe('Upgrade');
  });

  it('adds Origin and a Cookie of exactly the requested length, and leaves Referer out on request', () => {
    const h = defaultRequestHeaders('a', { origin: 'http://b', cookieLength: 300, referer: null, extra: [{ name: 'Last-Event-ID', value: '9' }] });
    expect(h.find((x) => x.name === 'Cookie')?.value).toHaveLength(300);
    expect(h.map((x) => x.name)).toEqual(['Host', 'Connection', 'User-Agent', 'Accept', 'Origin', 'Accept-Encoding', 'Accept-Language', 'Cookie', 'Last-Event-ID']);
  });

  it('returns a fresh array each call so a caller may edit it', () => {
    const a = defaultRequestHeaders('a');
    a.pop();
    expect(defaultRequestHeaders('a')).toHaveLength(7);
  });
});

describe('cookieOfLength', () => {
  it('makes the same value every time, of exactly the length asked, never ending in a space', () => {
    for (let n = 0; n < 400; n++) {
      const c = cookieOfLength(n);
      expect(c).toHaveLength(n);
      expect(c.endsWith(' ')).toBe(false);
      expect(cookieOfLength(n)).toBe(c);
    }
  });
});
