import { describe, expect, it } from 'vitest';
import { parseResponse } from '../http/parseResponse';
import { buildHandshakeResponse } from './buildHandshakeResponse';
import { fieldTiling } from './fieldTiling';

describe('buildHandshakeResponse', () => {
  it('writes the RFC 6455 §1.3 server handshake byte for byte', () => {
    const { bytes } = buildHandshakeResponse({ key: 'dGhlIHNhbXBsZSBub25jZQ==', protocol: 'chat' });
    expect(new TextDecoder().decode(bytes)).toBe(
      'HTTP/1.1 101 Switching Protocols\r\n' +
      'Upgrade: websocket\r\n' +
      'Connection: Upgrade\r\n' +
      'Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n' +
      'Sec-WebSocket-Protocol: chat\r\n' +
      '\r\n',
    );
  });

  it('sends no Sec-WebSocket-Protocol when no subprotocol was chosen', () => {
    const { response } = buildHandshakeResponse({ key: 'dGhlIHNhbXBsZSBub25jZQ==' });
    expect(response.headers.map((h) => h.name)).toEqual(['Upgrade', 'Connection', 'Sec-WebSocket-Accept']);
  });

  it('annotates Sec-WebSocket-Accept with its own meaning, tiling the bytes, and counts no payload', () => {
    const { bytes, fields, headerBytes, payloadBytes } = buildHandshakeResponse({ key: 'dGhlIHNhbXBsZSBub25jZQ==' });
    expect(fieldTiling(fields, bytes.length)).toEqual({ ok: true });
    expect(fields.find((f) => f.name === 'header:Sec-WebSocket-Accept')!.meaning).toBe('wsfield.header.accept');
    expect([headerBytes, payloadBytes]).toEqual([bytes.length, 0]);
  });

  it('is read back by the HTTP parser with nothing after the blank line', () => {
    const built = buildHandshakeResponse({ key: 'dGhlIHNhbXBsZSBub25jZQ==' });
    const parsed = parseResponse(built.bytes);
    expect(parsed.ok && [parsed.value.status, parsed.consumed]).toEqual([101, built.bytes.length]);
  });
});
