import { describe, expect, it } from 'vitest';
import type { HttpHeader, HttpRequest } from '../http/types';
import { buildHandshakeRequest } from './buildHandshakeRequest';
import { validateHandshakeRequest } from './validateHandshakeRequest';

const RFC_KEY = 'dGhlIHNhbXBsZSBub25jZQ==';
const good = (): HttpHeader[] => [
  { name: 'Host', value: 'server.example.com' },
  { name: 'Upgrade', value: 'websocket' },
  { name: 'Connection', value: 'Upgrade' },
  { name: 'Sec-WebSocket-Key', value: RFC_KEY },
  { name: 'Sec-WebSocket-Version', value: '13' },
];
const request = (headers: HttpHeader[], extra: Partial<HttpRequest> = {}): HttpRequest => ({ method: 'GET', target: '/chat', headers, ...extra });
const without = (name: string) => good().filter((h) => h.name !== name);
const withValue = (name: string, value: string) => good().map((h) => (h.name === name ? { name, value } : h));

function refusal(req: HttpRequest) {
  const r = validateHandshakeRequest(req);
  if (r.ok) throw new Error('expected a refusal');
  return [r.reason, r.status];
}

describe('validateHandshakeRequest', () => {
  it('accepts the RFC 6455 §1.3 request and computes its accept value', () => {
    const r = validateHandshakeRequest(request(good()));
    expect(r).toEqual({ ok: true, key: RFC_KEY, accept: 's3pPLMBiTxaQ9kYGzzhZRbK+xOo=', host: 'server.example.com', protocols: [], extensions: [] });
  });

  it('accepts header names and the Upgrade/Connection tokens in any case, inside lists', () => {
    const headers = good().map((h) => ({ name: h.name.toUpperCase(), value: h.name === 'Upgrade' ? 'WebSocket' : h.name === 'Connection' ? 'keep-alive, upgrade' : h.value }));
    expect(validateHandshakeRequest(request(headers)).ok).toBe(true);
  });

  it('refuses a POST with 405', () => {
    expect(refusal(request(good(), { method: 'POST' }))).toEqual(['notGet', 405]);
  });

  it('refuses HTTP/1.0 with 400', () => {
    expect(refusal(request(good(), { version: 'HTTP/1.0' }))).toEqual(['oldHttpVersion', 400]);
  });

  it('refuses a request without Host, Upgrade or Connection: Upgrade with 400', () => {
    expect(refusal(request(without('Host')))).toEqual(['missingHost', 400]);
    expect(refusal(request(without('Upgrade')))).toEqual(['missingUpgrade', 400]);
    expect(refusal(request(withValue('Upgrade', 'h2c')))).toEqual(['missingUpgrade', 400]);
    expect(refusal(request(withValue('Connection', 'keep-alive')))).toEqual(['missingConnectionUpgrade', 400]);
  });

  it('refuses a missing key, and a key that is not base64 of 16 bytes, with 400', () => {
    expect(refusal(request(without('Sec-WebSocket-Key')))).toEqual(['missingKey', 400]);
    for (const key of ['abc', 'dGhlIHNhbXBsZSBub25jZQ=', 'dGhlIHNhbXBsZSBub25jZXg=', '!GhlIHNhbXBsZSBub25jZQ==']) {
      expect(refusal(request(withValue('Sec-WebSocket-Key', key)))).toEqual(['malformedKey', 400]);
    }
  });

  it('answers version 8 or a missing version with 426 and Sec-WebSocket-Version: 13', () => {
    for (const headers of [withValue('Sec-WebSocket-Version', '8'), without('Sec-WebSocket-Version')]) {
      const r = validateHandshakeRequest(request(headers));
      expect(!r.ok && [r.status, r.headers, r.rule]).toEqual([426, [{ name: 'Sec-WebSocket-Version', value: '13' }], 'RFC 6455 §4.4']);
    }
  });

  it('picks the first offered subprotocol the server supports, or none', () => {
    const offer = [...good(), { name: 'Sec-WebSocket-Protocol', value: 'chat, superchat' }];
    const picked = validateHandshakeRequest(request(offer), { supportedProtocols: ['superchat', 'chat'] });
    expect(picked.ok && [picked.protocols, picked.protocol]).toEqual([['chat', 'superchat'], 'chat']);
    const none = validateHandshakeRequest(request(offer), { supportedProtocols: ['stomp'] });
    expect(none.ok && none.protocol).toBeUndefined();
  });

  it('refuses a subprotocol list with a non-token or a duplicate with 400', () => {
    expect(refusal(request([...good(), { name: 'Sec-WebSocket-Protocol', value: 'chat, chat' }]))).toEqual(['badSubprotocolList', 400]);
    expect(refusal(request([...good(), { name: 'Sec-WebSocket-Protocol', value: 'a b' }]))).toEqual(['badSubprotocolList', 400]);
  });

  it('refuses a subprotocol list with empty elements ("a, , ,") with 400, as ws would', () => {
    expect(refusal(request([...good(), { name: 'Sec-WebSocket-Protocol', value: 'a, , ,' }]))).toEqual(['badSubprotocolList', 400]);
    expect(refusal(request([...good(), { name: 'Sec-WebSocket-Protocol', value: 'a,,b' }]))).toEqual(['badSubprotocolList', 400]);
    expect(refusal(request([...good(), { name: 'Sec-WebSocket-Protocol', value: ',a' }]))).toEqual(['badSubprotocolList', 400]);
  });

  it('refuses an origin outside the allowed list with 403', () => {
    const r = validateHandshakeRequest(request([...good(), { name: 'Origin', value: 'http://evil.example' }]), { allowedOrigins: ['http://example.com'] });
    expect(!r.ok && [r.reason, r.status]).toEqual(['originNotAllowed', 403]);
  });

  it('points at the offending header line when given the request\'s fields, and at the blank line for a missing one', () => {
    const built = buildHandshakeRequest({ host: 'h', key: 'short' });
    const bad = validateHandshakeRequest(built.request, { fields: built.fields });
    const keyLine = built.fields.find((f) => f.name === 'header:Sec-WebSocket-Key')!;
    expect(!bad.ok && [bad.reason, bad.offset, bad.messageKey]).toEqual(['malformedKey', keyLine.start, 'wserr.handshake.malformedKey']);
    const missing = validateHandshakeRequest({ ...built.request, headers: built.request.headers.filter((h) => h.name !== 'Sec-WebSocket-Key') }, { fields: built.fields });
    expect(!missing.ok && missing.offset).toBe(built.fields.find((f) => f.name === 'blank-line')!.start);
  });
});
