/**
 * What an RFC 6455 server (the project's validator) answers to the handshakes
 * browsers sent before RFC 6455: the hixie-76 request of Safari 5 and Chrome
 * 6–13 (the draft's own example, §1.2: two Key1/Key2 headers, no
 * Sec-WebSocket-Key, no version), and the hybi-10 request of Chrome 14–15 and
 * Firefox 7–10 (Sec-WebSocket-Version: 8).
 */
import { buildHandshakeRequest, validateHandshakeRequest, WS_VERSION, type HttpRequest } from '../../sim';

/** Sec-WebSocket-Version of hybi-08 to hybi-12. */
export const HYBI_10_VERSION = '8';
/** The sample key of RFC 6455 §1.3 (any 16-byte key would do). */
const SAMPLE_KEY = 'dGhlIHNhbXBsZSBub25jZQ==';

/** draft-hixie-thewebsocketprotocol-76 §1.2, the client's handshake (its 8-byte body left out: the validator reads the head). */
const hixie76Request: HttpRequest = {
  method: 'GET',
  target: '/demo',
  headers: [
    { name: 'Host', value: 'example.com' },
    { name: 'Connection', value: 'Upgrade' },
    { name: 'Sec-WebSocket-Key2', value: '12998 5 Y3 1  .P00' },
    { name: 'Sec-WebSocket-Protocol', value: 'sample' },
    { name: 'Upgrade', value: 'WebSocket' },
    { name: 'Sec-WebSocket-Key1', value: '4 @1  46546xW%0l 1 5' },
    { name: 'Origin', value: 'http://example.com' },
  ],
};

/** The server's answer to each older handshake, and the version it says it speaks. */
export function oldBrowserHandshakes() {
  const hybi = buildHandshakeRequest({ host: 'example.com', path: '/chat', key: SAMPLE_KEY, version: HYBI_10_VERSION }).request;
  const answers = { hixie76: validateHandshakeRequest(hixie76Request), hybi10: validateHandshakeRequest(hybi) };
  if (answers.hixie76.ok || answers.hybi10.ok) throw new Error('oldBrowserHandshakes: an RFC 6455 server must refuse both');
  return {
    hixie76: { status: answers.hixie76.status, reason: answers.hixie76.reason },
    hybi10: { status: answers.hybi10.status, reason: answers.hybi10.reason, version: HYBI_10_VERSION },
    serverVersion: WS_VERSION,
  };
}
