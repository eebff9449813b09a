import { describe, expect, it } from 'vitest';
import { buildHandshakeRejection } from './buildHandshakeRejection';
import { fieldTiling } from './fieldTiling';
import { validateHandshakeRequest } from './validateHandshakeRequest';

describe('buildHandshakeRejection', () => {
  it('answers an unsupported version with 426 and Sec-WebSocket-Version: 13 (RFC 6455 §4.4)', () => {
    const failure = validateHandshakeRequest({
      method: 'GET', target: '/', headers: [
        { name: 'Host', value: 'h' }, { name: 'Upgrade', value: 'websocket' }, { name: 'Connection', value: 'Upgrade' },
        { name: 'Sec-WebSocket-Key', value: 'dGhlIHNhbXBsZSBub25jZQ==' }, { name: 'Sec-WebSocket-Version', value: '8' },
      ],
    });
    if (failure.ok) throw new Error('expected a refusal');
    const { bytes, fields } = buildHandshakeRejection(failure);
    expect(new TextDecoder().decode(bytes)).toBe(
      'HTTP/1.1 426 Upgrade Required\r\nSec-WebSocket-Version: 13\r\nConnection: close\r\nContent-Length: 0\r\n\r\n',
    );
    expect(fieldTiling(fields, bytes.length)).toEqual({ ok: true });
  });
});
