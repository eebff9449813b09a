import { describe, expect, it } from 'vitest';
import { DEFAULT_HTTP_DATE, defaultResponseHeaders } from './defaultResponseHeaders';
import { serializeResponseHead } from './serializeResponseHead';

describe('defaultResponseHeaders', () => {
  it('gives nginx\'s order with a fixed Date, since the simulator has no clock', () => {
    expect(defaultResponseHeaders().map((h) => `${h.name}: ${h.value}`)).toEqual([
      'Server: nginx/1.27.4',
      `Date: ${DEFAULT_HTTP_DATE}`,
      'Content-Type: application/json',
      'Connection: keep-alive',
      'Cache-Control: no-cache',
    ]);
  });

  it('weighs the 200 head at 159 bytes before any Content-Length', () => {
    // status line 15+2, Server 20+2, Date 35+2, Content-Type 30+2, Connection 22+2, Cache-Control 23+2, blank 2 = 159
    expect(serializeResponseHead({ status: 200, headers: defaultResponseHeaders() }).bytes.length).toBe(159);
  });

  it('frames a stream with Transfer-Encoding: chunked and can turn off proxy buffering', () => {
    const h = defaultResponseHeaders({ contentType: 'text/event-stream', chunked: true, noBuffering: true, date: 'Mon, 01 Jan 2024 00:00:00 GMT' });
    expect(h.map((x) => x.name)).toEqual(['Server', 'Date', 'Content-Type', 'Transfer-Encoding', 'Connection', 'Cache-Control', 'X-Accel-Buffering']);
    expect(h[1]?.value).toBe('Mon, 01 Jan 2024 00:00:00 GMT');
  });

  it('leaves Cache-Control out when given null', () => {
    expect(defaultResponseHeaders({ cacheControl: null }).some((h) => h.name === 'Cache-Control')).toBe(false);
  });
});
