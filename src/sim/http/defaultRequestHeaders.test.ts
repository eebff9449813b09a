import { describe, expect, it } from 'vitest';
import { CHROME_USER_AGENT, cookieOfLength, defaultRequestHeaders } from './defaultRequestHeaders';
import { serializeRequest } from './serializeRequest';

const names = (host: string, o?: Parameters<typeof defaultRequestHeaders>[1]) => defaultRequestHeaders(host, o).map((h) => h.name);

describe('defaultRequestHeaders', () => {
  it('gives the plain browser set in a fixed order', () => {
    expect(names('example.com')).toEqual(['Host', 'Connection', 'User-Agent', 'Accept', 'Referer', 'Accept-Encoding', 'Accept-Language']);
  });

  it('weighs a plain poll of /poll at 308 bytes', () => {
    // request line 18+2, Host 17+2, Connection 22+2, User-Agent 12+111+2, Accept 11+2,
    // Referer 28+2, Accept-Encoding 40+2, Accept-Language 31+2, blank line 2 = 308
    expect(CHROME_USER_AGENT).toHaveLength(111);
    const m = serializeRequest({ method: 'GET', target: '/poll', headers: defaultRequestHeaders('example.com') });
    expect(m.bytes.length).toBe(308);
  });

  it('adds the Sec-Fetch and client-hint headers where Chrome puts them', () => {
    expect(names('a', { secFetch: true })).toEqual([
      'Host', 'Connection', 'sec-ch-ua-platform', 'User-Agent', 'sec-ch-ua', 'sec-ch-ua-mobile', 'Accept',
      'Sec-Fetch-Site', 'Sec-Fetch-Mode', 'Sec-Fetch-Dest', 'Referer', 'Accept-Encoding', 'Accept-Language',
    ]);
  });

  it('sends what EventSource sends when asked for an event stream', () => {
    const h = defaultRequestHeaders('a', { accept: 'text/event-stream', cacheControl: 'no-cache' });
    expect(h.find((x) => x.name === 'Accept')?.value).toBe('text/event-stream');
    expect(h.find((x) => x.name === 'Cache-Control')?.value).toBe('no-cache');
  });

  it('adds Origin and a Cookie of exactly the requested length, and leaves Referer out on request', () => {
    const h = defaultRequestHeaders('a', { origin: 'http://a', cookieLength: 300, referer: null, extra: [{ name: 'Last-Event-ID', value: '9' }] });
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
