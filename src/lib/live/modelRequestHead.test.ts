import { describe, expect, it } from 'vitest';
import { acceptLanguageOf } from './acceptLanguageOf';
import { modelRequestHead, type PageFacts } from './modelRequestHead';

const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
const page = (origin: string): PageFacts => ({
  origin, host: new URL(origin).host, referer: `${origin}/live`, userAgent: UA, acceptLanguage: acceptLanguageOf(['en-US']), cookieLength: 0,
});

describe('modelRequestHead', () => {
  it('writes the poll a non-secure page sends: no client hints, gzip and deflate only', () => {
    const head = modelRequestHead(page('http://lab.example:8080'), { kind: 'fetch', target: '/api/poll?n=1' });
    expect(head.lines.map((l) => l.name)).toEqual(['Host', 'Connection', 'User-Agent', 'Accept', 'Referer', 'Accept-Encoding', 'Accept-Language']);
    // "GET /api/poll?n=1 HTTP/1.1\r\n" 28 + the lines + the blank line 2.
    expect(head.bytes).toBe(28 + head.lines.reduce((a, l) => a + l.bytes, 0) + 2);
    expect(head.lines.find((l) => l.name === 'Accept-Encoding')?.bytes).toBe('Accept-Encoding: gzip, deflate\r\n'.length);
  });

  it('adds the page’s client hints and Sec-Fetch-* on a loopback origin, and the offered subprotocol on an upgrade', () => {
    const hints = { brands: '"Chromium";v="156"', platform: '"Linux"', mobile: false };
    const poll = modelRequestHead({ ...page('http://127.0.0.1:4321'), clientHints: hints }, { kind: 'fetch', target: '/api/poll' });
    expect(poll.lines.find((l) => l.name === 'sec-ch-ua')?.bytes).toBe('sec-ch-ua: "Chromium";v="156"\r\n'.length);
    expect(poll.lines.some((l) => l.name === 'Sec-Fetch-Mode')).toBe(true);
    const upgrade = modelRequestHead(page('http://127.0.0.1:4321'), { kind: 'websocket', target: '/ws', protocols: ['socketlab.v1'] });
    expect(upgrade.lines.at(-1)).toEqual({ name: 'Sec-WebSocket-Protocol', bytes: 'Sec-WebSocket-Protocol: socketlab.v1\r\n'.length });
  });
});
