import { describe, expect, it } from 'vitest';
import type { MirrorReport } from './labMessage';
import { mirrorWireBytes } from './mirrorWireBytes';

// RFC 6455 §5.7: a masked "Hello" from a client.
const maskedHello: MirrorReport = {
  index: 0, fin: true, opcode: 1, opcodeName: 'text', masked: true, maskingKey: '37 fa 21 3d', lengthEncoding: '7-bit',
  payloadLength: 5, headerLength: 6, headerHex: '81 85 37 fa 21 3d', payloadHex: '48 65 6c 6c 6f',
};

describe('mirrorWireBytes', () => {
  it('rebuilds the masked bytes that crossed the wire (RFC 6455 §5.7)', () => {
    expect([...mirrorWireBytes(maskedHello)]).toEqual([0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58]);
  });

  it('keeps an unmasked payload as it is', () => {
    const unmasked = { ...maskedHello, masked: false, maskingKey: null, headerHex: '81 05', headerLength: 2 };
    expect([...mirrorWireBytes(unmasked)]).toEqual([0x81, 0x05, 0x48, 0x65, 0x6c, 0x6c, 0x6f]);
  });
});
