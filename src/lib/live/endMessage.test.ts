import { describe, expect, it } from 'vitest';
import '../../i18n/ws';
import { t } from '../../i18n/live';
import { endMessage } from './endMessage';

const say = (end: Parameters<typeof endMessage>[0]): string => {
  const sentence = endMessage(end, t);
  return t(sentence.key, sentence.values);
};

describe('endMessage', () => {
  it('names and explains a close code RFC 6455 defines', () => {
    expect(say({ kind: 'ws-close', code: 1006, reason: '', wasClean: false })).toBe(
      'The WebSocket closed with code 1006 (Abnormal closure). The connection dropped without any close frame. Reported to the application, never sent.');
  });

  it('quotes the reason and says when a code is an application’s own', () => {
    expect(say({ kind: 'ws-close', code: 4000, reason: 'bye', wasClean: true })).toMatch(/^The WebSocket closed with code 4000 \(4000\), reason “bye”\. Not a code/);
  });

  it('puts a refusal’s status and rule in words', () => {
    expect(say({ kind: 'http-error', status: 429, error: 'tooManySends' })).toBe('The server refused with HTTP 429 (tooManySends).');
  });
});
