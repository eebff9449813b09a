import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../bytes/utf8';
import type { DeferredMessage, WireMessage } from '../timeline/timelineBuilder';
import { eventPayload } from '../events/eventPayload';
import { HttpMessages, type LabelledMessage } from './httpMessages';

const event = (id: number, payload: string) => ({ kind: 'app-event', id, time: 0, payload }) as const;

/** The real bytes of a message, encoding a deferred one. */
const encoded = ({ message }: LabelledMessage): WireMessage => ('encode' in message ? { ...message, ...message.encode() } : message);
const isDeferred = ({ message }: LabelledMessage): boolean => 'encode' in (message as DeferredMessage);

describe('HttpMessages', () => {
  it('serializes a GET once and shares its bytes', () => {
    const messages = new HttpMessages({ kind: 'browser' });
    expect(encoded(messages.get('/poll')).bytes).toBe(encoded(messages.get('/poll')).bytes);
    expect(messages.noContent()).toBe(messages.noContent());
  });

  it('sends a custom header set exactly as given', () => {
    const messages = new HttpMessages({ kind: 'custom', headers: [{ name: 'Host', value: 'a.test' }, { name: 'X-Y', value: 'z' }] });
    expect(decodeUtf8(encoded(messages.get('/poll')).bytes)).toBe('GET /poll HTTP/1.1\r\nHost: a.test\r\nX-Y: z\r\n\r\n');
  });

  it('passes the browser header options through (a 100-byte cookie grows the request by 110 bytes)', () => {
    const plain = encoded(new HttpMessages({ kind: 'browser' }).get('/poll')).bytes.length;
    const withCookie = encoded(new HttpMessages({ kind: 'browser', options: { cookieLength: 100 } }).get('/poll')).bytes.length;
    // "Cookie: " 8 + the 100-byte value + CRLF 2.
    expect(withCookie - plain).toBe(110);
  });

  it('frames a POST body with Content-Length where Chromium writes it, and keeps the reader’s extra headers last', () => {
    const messages = new HttpMessages({ kind: 'browser', options: { extra: [{ name: 'X-Trace', value: '1' }] } });
    const text = decodeUtf8(encoded(messages.post('/send', '{"a":1}')).bytes);
    expect(text).toMatch(/^POST \/send HTTP\/1\.1\r\nHost: example\.com\r\nConnection: keep-alive\r\nContent-Length: 7\r\n/);
    expect(text).toContain('\r\nContent-Type: application/json\r\nAccept: */*\r\nOrigin: http://example.com\r\n');
    expect(text).toMatch(/\r\nX-Trace: 1\r\n\r\n\{"a":1\}$/);
  });

  it('frames a custom set’s POST with Content-Length after its Content-Type', () => {
    const messages = new HttpMessages({ kind: 'custom', headers: [{ name: 'Host', value: 'a' }, { name: 'Content-Type', value: 'text/plain' }] });
    const text = decodeUtf8(encoded(messages.post('/send', 'hi')).bytes);
    expect(text).toBe('POST /send HTTP/1.1\r\nHost: a\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nhi');
  });

  it('answers events as one JSON array whose bytes are all payload', () => {
    const labelled = new HttpMessages({ kind: 'browser' }).events([event(0, '{"id":0}'), event(1, '{"id":1}')]);
    expect(labelled.summary).toBe('200 OK');
    const message = encoded(labelled);
    expect(decodeUtf8(message.bytes)).toMatch(/\r\nContent-Length: 19\r\n[\s\S]*\r\n\r\n\[\{"id":0\},\{"id":1\}\]$/);
    expect(message.payloadBytes).toBe(19);
  });

  it('answers with a given response header set, adding only the framing header', () => {
    const server = [{ name: 'Content-Type', value: 'text/event-stream' }, { name: 'Date', value: 'x' }];
    const messages = new HttpMessages({ kind: 'browser' }, server);
    expect(decodeUtf8(encoded(messages.streamHead('sse')).bytes)).toBe('HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nDate: x\r\nTransfer-Encoding: chunked\r\n\r\n');
    expect(decodeUtf8(encoded(messages.events([event(1, 'ab')])).bytes)).toBe('HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Length: 4\r\nDate: x\r\n\r\n[ab]');
  });

  it('sends 204 without Content-Type or body (RFC 9110 §15.3.5)', () => {
    const text = decodeUtf8(encoded(new HttpMessages({ kind: 'browser' }).noContent()).bytes);
    expect(text).toMatch(/^HTTP\/1\.1 204 No Content\r\n/);
    expect(text).not.toContain('Content-Type');
    expect(text.endsWith('\r\n\r\n')).toBe(true);
  });

  it('defers per-event messages, and their announced sizes match the bytes the codec then writes', () => {
    const messages = new HttpMessages({ kind: 'browser' });
    // Ids across digit boundaries, payloads across chunk-size hex boundaries (15/16, 255/256 bytes) and non-ASCII.
    const ids = [0, 9, 10, 99, 100, 12345];
    const payloads = [1, 15, 16, 17, 255, 256, 4096].map((n) => eventPayload(7, n)).concat(['양방향 통신', 'a😀b']);
    const cases: LabelledMessage[] = [];
    for (const id of ids) {
      for (const payload of payloads) {
        cases.push(messages.eventChunk('sse', event(id, payload)), messages.eventChunk('chunked', event(id, payload)));
      }
      cases.push(messages.events(payloads.map((p) => event(id, p))), messages.events([event(id, payloads[0]!)]));
    }
    for (const labelled of cases) {
      expect(isDeferred(labelled)).toBe(true);
      const { headerBytes, payloadBytes } = labelled.message;
      const real = encoded(labelled);
      expect(real.bytes.length).toBe(headerBytes + payloadBytes);
      expect('encode' in labelled.message && labelled.message.encode()).toMatchObject({ headerBytes, payloadBytes });
    }
  });

  it('encodes an SSE event whose data has line breaks at once, as several data: lines', () => {
    const labelled = new HttpMessages({ kind: 'browser' }).eventChunk('sse', event(1, 'a\nb'));
    expect(isDeferred(labelled)).toBe(false);
    // "id: 1\n" 6 + "data: a\n" 8 + "data: b\n" 8 + "\n" 1 = 23 = 0x17 bytes of chunk data.
    expect(decodeUtf8(encoded(labelled).bytes)).toBe('17\r\nid: 1\ndata: a\ndata: b\n\n\r\n');
  });
});
