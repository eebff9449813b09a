import { describe, expect, it } from 'vitest';
import { parseLabMessage } from './labMessage';

const frame = {
  index: 0, offset: 0, receivedAt: 1, fin: true, rsv1: false, rsv2: false, rsv3: false, opcode: 1, opcodeName: 'text', masked: true,
  maskingKey: '37 fa 21 3d', lengthEncoding: '7-bit', payloadLength: 5, headerLength: 6, headerHex: '81 85 37 fa 21 3d', payloadHex: '48 65 6c 6c 6f',
};

describe('parseLabMessage', () => {
  it('reads an echo envelope', () => {
    expect(parseLabMessage('{"type":"echo","data":"hi","receivedAt":1,"writtenAt":2}')).toMatchObject({ type: 'echo', data: 'hi' });
  });

  it('reads a mirror report of a masked client frame', () => {
    expect(parseLabMessage(JSON.stringify({ type: 'mirror', frame }))).toMatchObject({ type: 'mirror', frame: { maskingKey: '37 fa 21 3d' } });
  });

  it('refuses a mirror report with a field of the wrong type', () => {
    expect(parseLabMessage(JSON.stringify({ type: 'mirror', frame: { ...frame, payloadLength: '5' } }))).toBeNull();
  });

  it('reads a hello and a mirror error', () => {
    expect(parseLabMessage(JSON.stringify({ type: 'hello', mirror: true, maxPayloadBytes: 65536, idleTimeoutMs: 60000, requestHeaderBytes: 400 }))).toMatchObject({ type: 'hello' });
    const error = { code: 'WS_ERR_EXPECTED_MASK', closeCode: 1002, offset: 1, rule: 'RFC 6455 §5.1', messageKey: 'wserr.expectedMask' };
    expect(parseLabMessage(JSON.stringify({ type: 'mirror-error', error }))).toEqual({ type: 'mirror-error', error });
  });

  it('returns null for text that is not a lab message', () => {
    for (const text of ['hello', '42', 'null', '{"type":"event"}', '{"type":"echo"}', '[']) expect(parseLabMessage(text)).toBeNull();
  });
});
