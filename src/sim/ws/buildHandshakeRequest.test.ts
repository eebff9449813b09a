import { describe, expect, it } from 'vitest';
import { parseRequest } from '../http/parseRequest';
import { buildHandshakeRequest } from './buildHandshakeRequest';
import { fieldTiling } from './fieldTiling';

const RFC_KEY = 'dGhlIHNhbXBsZSBub25jZQ==';

describe('buildHandshakeRequest', () => {
  it('writes the RFC 6455 §1.3 client handshake byte for byte', () => {
    const { bytes } = buildHandshakeRequest({
      host: 'server.example.com', path: '/chat', key: RFC_KEY, origin: 'http://example.com', protocols: ['chat', 'superchat'],
    });
    expect(new TextDecoder().decode(bytes)).toBe(
      'GET /chat HTTP/1.1\r\n' +
      'Host: server.example.com\r\n' +
      'Upgrade: websocket\r\n' +
      'Connection: Upgrade\r\n' +
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n' +
      'Sec-WebSocket-Version: 13\r\n' +
      'Origin: http://example.com\r\n' +
      'Sec-WebSocket-Protocol: chat, superchat\r\n' +
      '\r\n',
    );
  });

  it('leaves out Origin, subprotocols and extensions unless given, and appends extra headers', () => {
    const { request } = buildHandshakeRequest({ host: 'h', key: RFC_KEY, extensions: ['permessage-deflate'], headers: [{ name: 'User-Agent', value: 'x' }] });
    expect(request.headers.map((h) => h.name)).toEqual(['Host', 'Upgrade', 'Connection', 'Sec-WebSocket-Key', 'Sec-WebSocket-Version', 'Sec-WebSocket-Extensions', 'User-Agent']);
  });

  it('annotates the WebSocket headers with their own meanings, tiling the bytes', () => {
    const { bytes, fields } = buildHandshakeRequest({ host: 'h', key: RFC_KEY });
    expect(fieldTiling(fields, bytes.length)).toEqual({ ok: true });
    expect(fields.find((f) => f.name === 'header:Sec-WebSocket-Key')!.meaning).toBe('wsfield.header.key');
    expect(fields.find((f) => f.name === 'header:Sec-WebSocket-Version')!.meaning).toBe('wsfield.header.version');
  });

  it('produces bytes the HTTP parser reads back as the same request', () => {
    const built = buildHandshakeRequest({ host: 'h', key: RFC_KEY, protocols: ['chat'] });
    const parsed = parseRequest(built.bytes);
    expect(parsed.ok && parsed.value).toEqual(built.request);
  });
});
