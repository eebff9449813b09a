import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../bytes/utf8';
import { HttpMessages } from './httpMessages';

const event = (id: number, payload: string) => ({ id, time: 0, payload });

describe('HttpMessages', () => {
  it('serializes a GET once and shares its bytes', () => {
    const messages = new HttpMessages({ kind: 'browser' });
    expect(messages.get('/poll').message.bytes).toBe(messages.get('/poll').message.bytes);
    expect(messages.noContent()).toBe(messages.noContent());
  });

  it('sends a custom header set exactly as given', () => {
    const messages = new HttpMessages({ kind: 'custom', headers: [{ name: 'Host', value: 'a.test' }, { name: 'X-Y', value: 'z' }] });
    expect(decodeUtf8(messages.get('/poll').message.bytes)).toBe('GET /poll HTTP/1.1\r\nHost: a.test\r\nX-Y: z\r\n\r\n');
  });

  it('passes the browser header options through (a 100-byte cookie grows the request by 110 bytes)', () => {
    const plain = new HttpMessages({ kind: 'browser' }).get('/poll').message.bytes.length;
    const withCookie = new HttpMessages({ kind: 'browser', options: { cookieLength: 100 } }).get('/poll').message.bytes.length;
    // "Cookie: " 8 + the 100-byte value + CRLF 2.
    expect(withCookie - plain).toBe(110);
  });

  it('frames a POST body with Content-Length and keeps the reader’s extra headers', () => {
    const messages = new HttpMessages({ kind: 'browser', options: { extra: [{ name: 'X-Trace', value: '1' }] } });
    const text = decodeUtf8(messages.post('/send', '{"a":1}').message.bytes);
    expect(text).toMatch(/^POST \/send HTTP\/1\.1\r\n/);
    expect(text).toContain('\r\nX-Trace: 1\r\nContent-Type: application/json\r\nContent-Length: 7\r\n\r\n{"a":1}');
  });

  it('answers events as one JSON array whose bytes are all payload', () => {
    const { message, summary } = new HttpMessages({ kind: 'browser' }).events([event(0, '{"id":0}'), event(1, '{"id":1}')]);
    expect(summary).toBe('200 OK');
    expect(decodeUtf8(message.bytes)).toMatch(/\r\nContent-Length: 19\r\n[\s\S]*\r\n\r\n\[\{"id":0\},\{"id":1\}\]$/);
    expect(message.payloadBytes).toBe(19);
  });

  it('sends 204 without Content-Type or body (RFC 9110 §15.3.5)', () => {
    const text = decodeUtf8(new HttpMessages({ kind: 'browser' }).noContent().message.bytes);
    expect(text).toMatch(/^HTTP\/1\.1 204 No Content\r\n/);
    expect(text).not.toContain('Content-Type');
    expect(text.endsWith('\r\n\r\n')).toBe(true);
  });
});
