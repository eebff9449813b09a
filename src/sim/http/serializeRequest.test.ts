import { describe, expect, it } from 'vitest';
import { serializeRequest } from './serializeRequest';
import { withContentLength } from './withContentLength';
import { fieldsTile } from './fieldsTile';
import { bytesOf, textOf } from './testBytes';

describe('serializeRequest', () => {
  it('writes a minimal GET as 41 bytes: request line, Host, blank line', () => {
    // "GET /poll HTTP/1.1" 18 + CRLF 2 + "Host: example.com" 17 + CRLF 2 + blank line 2 = 41
    const m = serializeRequest({ method: 'GET', target: '/poll', headers: [{ name: 'Host', value: 'example.com' }] });
    expect(textOf(m.bytes)).toBe('GET /poll HTTP/1.1\r\nHost: example.com\r\n\r\n');
    expect(m.bytes.length).toBe(41);
    expect(m.headerBytes).toBe(41);
    expect(m.payloadBytes).toBe(0);
  });

  it('splits the request line into method, SP, target, SP, version and CRLF fields', () => {
    const m = serializeRequest({ method: 'GET', target: '/poll', headers: [] });
    expect(m.fields.map((f) => [f.name, f.start, f.end, f.value])).toEqual([
      ['method', 0, 3, 'GET'],
      ['sp', 3, 4, ''],
      ['target', 4, 9, '/poll'],
      ['sp', 9, 10, ''],
      ['version', 10, 18, 'HTTP/1.1'],
      ['crlf', 18, 20, ''],
      ['blank-line', 20, 22, ''],
    ]);
  });

  it('gives each header line one field, CRLF included, explained by its own meaning key', () => {
    const m = serializeRequest({ method: 'GET', target: '/', headers: [{ name: 'User-Agent', value: 'x' }, { name: 'X-Custom', value: 'y' }] });
    const ua = m.fields.find((f) => f.name === 'header:User-Agent')!;
    expect(textOf(m.bytes.subarray(ua.start, ua.end))).toBe('User-Agent: x\r\n');
    expect(ua.value).toBe('x');
    expect(ua.meaning).toBe('field.userAgent');
    expect(m.fields.find((f) => f.name === 'header:X-Custom')!.meaning).toBe('field.header');
  });

  it('counts a POST body as payload and everything before it as overhead', () => {
    const body = bytesOf('{"text":"hi"}');
    const m = serializeRequest({ method: 'POST', target: '/send', headers: withContentLength([{ name: 'Host', value: 'a' }], body), body });
    // "POST /send HTTP/1.1" 19+2, "Host: a" 7+2, "Content-Length: 13" 18+2, blank 2 = 52 head bytes
    expect(textOf(m.bytes)).toBe('POST /send HTTP/1.1\r\nHost: a\r\nContent-Length: 13\r\n\r\n{"text":"hi"}');
    expect(m.headerBytes).toBe(52);
    expect(m.payloadBytes).toBe(13);
    expect(m.fields.at(-1)).toMatchObject({ name: 'body', start: 52, end: 65, value: '{"text":"hi"}', meaning: 'field.body' });
  });

  it('encodes non-ASCII header values as UTF-8 and keeps the fields tiling', () => {
    const m = serializeRequest({ method: 'GET', target: '/', headers: [{ name: 'X-Name', value: '핸드셰이크' }] });
    // "X-Name: " 8 + 5 Hangul syllables × 3 bytes + CRLF 2 = 25
    expect(m.fields.find((f) => f.name === 'header:X-Name')!.end - m.fields.find((f) => f.name === 'header:X-Name')!.start).toBe(25);
    expect(fieldsTile(m.fields, m.bytes.length)).toBe(true);
  });

  it('writes the version it is given, for historical examples', () => {
    expect(textOf(serializeRequest({ method: 'GET', target: '/', headers: [], version: 'HTTP/1.0' }).bytes)).toBe('GET / HTTP/1.0\r\n\r\n');
  });
});
