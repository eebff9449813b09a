import { describe, expect, it } from 'vitest';
import type { HttpHeader, HttpResponse } from '../http/types';
import { buildHandshakeResponse } from './buildHandshakeResponse';
import { validateHandshakeResponse } from './validateHandshakeResponse';

const RFC_KEY = 'dGhlIHNhbXBsZSBub25jZQ==';
const good = (): HttpHeader[] => [
  { name: 'Upgrade', value: 'websocket' },
  { name: 'Connection', value: 'Upgrade' },
  { name: 'Sec-WebSocket-Accept', value: 's3pPLMBiTxaQ9kYGzzhZRbK+xOo=' },
];
const response = (headers: HttpHeader[], status = 101): HttpResponse => ({ status, headers });

function failure(res: HttpResponse, options = {}) {
  const r = validateHandshakeResponse(res, RFC_KEY, options);
  if (r.ok) throw new Error('expected the client to fail the connection');
  return [r.reason, r.closeCode];
}

describe('validateHandshakeResponse', () => {
  it('accepts the RFC 6455 §1.3 server handshake', () => {
    expect(validateHandshakeResponse(response(good()), RFC_KEY)).toEqual({ ok: true, extensions: [] });
  });

  it('accepts what buildHandshakeResponse writes, with the chosen subprotocol', () => {
    const { response: res } = buildHandshakeResponse({ key: RFC_KEY, protocol: 'chat' });
    expect(validateHandshakeResponse(res, RFC_KEY, { protocols: ['chat', 'superchat'] })).toEqual({ ok: true, protocol: 'chat', extensions: [] });
  });

  it('fails on any status but 101, e.g. a 426 refusal', () => {
    expect(failure(response([{ name: 'Sec-WebSocket-Version', value: '13' }], 426))).toEqual(['notSwitchingProtocols', 1006]);
  });

  it('fails without Upgrade: websocket or Connection: Upgrade', () => {
    expect(failure(response(good().filter((h) => h.name !== 'Upgrade')))[0]).toBe('missingUpgrade');
    expect(failure(response(good().filter((h) => h.name !== 'Connection')))[0]).toBe('missingConnectionUpgrade');
  });

  it('fails on a missing or wrong Sec-WebSocket-Accept, reporting the expected value', () => {
    expect(failure(response(good().slice(0, 2)))[0]).toBe('missingAccept');
    const r = validateHandshakeResponse(response([...good().slice(0, 2), { name: 'Sec-WebSocket-Accept', value: 'dGhlIHNhbXBsZSBub25jZQ==' }]), RFC_KEY);
    expect(!r.ok && [r.reason, r.values]).toEqual(['wrongAccept', { expected: 's3pPLMBiTxaQ9kYGzzhZRbK+xOo=', received: 'dGhlIHNhbXBsZSBub25jZQ==' }]);
  });

  it('fails when the server picks a subprotocol the client did not offer', () => {
    expect(failure(response([...good(), { name: 'Sec-WebSocket-Protocol', value: 'stomp' }]), { protocols: ['chat'] })[0]).toBe('unsupportedSubprotocol');
    expect(failure(response([...good(), { name: 'Sec-WebSocket-Protocol', value: 'chat' }]))[0]).toBe('unsupportedSubprotocol');
  });

  it('fails, as browsers and ws do, when subprotocols were offered and none was picked', () => {
    expect(failure(response(good()), { protocols: ['chat'] })[0]).toBe('missingSubprotocol');
  });

  it('fails on an extension the client did not offer, and accepts an offered one with parameters', () => {
    const deflate = [...good(), { name: 'Sec-WebSocket-Extensions', value: 'permessage-deflate; client_max_window_bits=10' }];
    expect(failure(response(deflate))[0]).toBe('unrequestedExtension');
    expect(validateHandshakeResponse(response(deflate), RFC_KEY, { extensions: ['permessage-deflate'] }).ok).toBe(true);
  });
});
