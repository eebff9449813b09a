import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeBase64 } from './base64';
import { buildHandshakeRequest } from './buildHandshakeRequest';
import { checkHandshakeKey, HANDSHAKE_KEY_BYTES } from './handshakeKey';
import { validateHandshakeRequest } from './validateHandshakeRequest';

describe('checkHandshakeKey', () => {
  it('accepts the RFC 6455 §1.3 sample key and returns its 16 bytes', () => {
    const r = checkHandshakeKey('dGhlIHNhbXBsZSBub25jZQ==');
    expect(r.ok && new TextDecoder().decode(r.bytes)).toBe('the sample nonce');
  });

  it('says why a key is refused: empty, not base64, or the wrong number of bytes', () => {
    expect(checkHandshakeKey('  ')).toEqual({ ok: false, problem: 'empty' });
    expect(checkHandshakeKey('not a key!')).toEqual({ ok: false, problem: 'not-base64' });
    expect(checkHandshakeKey('dGhlIHNhbXBsZSBub25j')).toEqual({ ok: false, problem: 'wrong-length', length: 15 });
  });

  it('agrees with the server-side validator on every key it is given', () => {
    const anyKey = fc.oneof(
      fc.uint8Array({ minLength: 0, maxLength: 20 }).map(encodeBase64),
      fc.uint8Array({ minLength: HANDSHAKE_KEY_BYTES, maxLength: HANDSHAKE_KEY_BYTES }).map(encodeBase64),
      fc.string({ maxLength: 26 }).filter((s) => !/[\r\n]/.test(s)),
    );
    fc.assert(
      fc.property(anyKey, (key) => {
        const request = buildHandshakeRequest({ host: 'example.com', key }).request;
        const server = validateHandshakeRequest(request);
        const serverRefusesKey = !server.ok && (server.reason === 'malformedKey' || server.reason === 'missingKey');
        expect(checkHandshakeKey(key).ok).toBe(!serverRefusesKey);
      }),
    );
  });
});
