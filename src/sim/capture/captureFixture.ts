/**
 * A small hand-made timeline for the capture tests: one HTTP exchange on one
 * connection, built with the timeline builder and nothing from the scenarios,
 * so its capture bytes change only when the capture code does.
 */
import { encodeUtf8 } from '../bytes/utf8';
import { TimelineBuilder } from '../timeline/timelineBuilder';
import type { Timeline } from '../timeline/types';

const message = (text: string) => {
  const bytes = encodeUtf8(text);
  return { bytes, fields: [{ name: 'text', start: 0, end: bytes.length, value: text, meaning: 'field.text' }], headerBytes: bytes.length, payloadBytes: 0 };
};

/** GET /poll → 200 OK "hi", then the client closes; `secured` adds a TLS step (wss-like); `lost` drops the response. */
export function captureFixture(options: { readonly secured?: boolean; readonly lostRequest?: boolean } = {}): Timeline {
  const b = new TimelineBuilder('polling', [{ id: 'client', role: 'client' }, { id: 'server', role: 'server' }]);
  b.connection('client', 1, 'open', 0);
  if (options.secured === true) b.connection('client', 1, 'secured', 100);
  const request = message('GET /poll HTTP/1.1\r\nHost: example.test\r\n\r\n');
  if (options.lostRequest === true) {
    const lost = b.sendLost('http-request', 'client', 'server', 1, 200, 225, request, 'GET /poll');
    b.lost(lost);
    b.connection('client', 1, 'closed', 400);
    return b.build();
  }
  const get = b.send({ kind: 'http-request', from: 'client', to: 'server', connection: 1, sentAt: 200, arrivedAt: 250.5, message: request, summary: 'GET /poll' });
  b.arrive(get);
  const ok = b.send({ kind: 'http-response', from: 'server', to: 'client', connection: 1, sentAt: 250.5, arrivedAt: 301, message: message('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi'), summary: '200 OK' });
  b.arrive(ok);
  b.connection('client', 1, 'closed', 400);
  return b.build();
}
