import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../bytes/utf8';
import { HttpMessages } from './httpMessages';
import { upgradeRequest } from './webSocketMessages';

const captures = join(import.meta.dirname, '..', 'http', 'fixtures', 'chromium-156');
/** Header names of a head, in order. */
const namesOf = (head: string): string[] => head.split('\r\n').slice(1).filter(Boolean).map((line) => line.slice(0, line.indexOf(':')));
const captured = (name: string): string[] => namesOf(readFileSync(join(captures, name), 'latin1'));
const bytesOf = (m: { message: unknown }): Uint8Array => {
  const message = m.message as { bytes?: Uint8Array; encode?: () => { bytes: Uint8Array } };
  return message.bytes ?? message.encode!().bytes;
};

describe('the lessons’ browser requests', () => {
  it('send Chromium’s header lines from a non-secure page, in its order, for every kind the scenarios make', () => {
    const messages = new HttpMessages({ kind: 'browser' });
    expect(namesOf(decodeUtf8(bytesOf(messages.get('/poll'))))).toEqual(captured('non-secure-fetch.txt'));
    expect(namesOf(decodeUtf8(bytesOf(messages.get('/events', true))))).toEqual(captured('non-secure-eventsource.txt'));
    const post = decodeUtf8(bytesOf(messages.post('/send', '{"a":1}')));
    expect(namesOf(post.slice(0, post.indexOf('\r\n\r\n') + 4))).toEqual(captured('non-secure-post.txt'));
    expect(namesOf(decodeUtf8(upgradeRequest({ kind: 'browser' }, 'dGhlIHNhbXBsZSBub25jZQ==', false).bytes))).toEqual(captured('non-secure-websocket.txt'));
  });

  it('offer br and zstd on a wss page, which is served over https', () => {
    const head = decodeUtf8(upgradeRequest({ kind: 'browser' }, 'dGhlIHNhbXBsZSBub25jZQ==', true).bytes);
    expect(head).toContain('\r\nOrigin: https://example.com\r\n');
    expect(head).toContain('\r\nAccept-Encoding: gzip, deflate, br, zstd\r\n');
  });
});
