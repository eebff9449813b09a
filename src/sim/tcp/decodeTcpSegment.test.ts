import { describe, expect, it } from 'vitest';
import { decodeTcpSegment } from './decodeTcpSegment';
import { encodeTcpSegment } from './tcpSegment';

describe('decodeTcpSegment', () => {
  it('reads back what encodeTcpSegment wrote, payload included', () => {
    const payload = new Uint8Array([104, 105]);
    const { bytes } = encodeTcpSegment({ srcPort: 50000, dstPort: 7000, seq: 0xfffffffe, ack: 7, flags: ['PSH', 'ACK'], window: 1000, payload });
    const result = decodeTcpSegment(bytes);
    expect(result).toMatchObject({ ok: true, segment: { srcPort: 50000, dstPort: 7000, seq: 0xfffffffe, ack: 7, flags: ['PSH', 'ACK'], window: 1000, dataOffsetBytes: 20 } });
    expect(result.ok && Array.from(result.segment.payload)).toEqual([104, 105]);
  });

  it('refuses fewer than 20 bytes with TCP_TOO_SHORT instead of throwing', () => {
    expect(decodeTcpSegment(new Uint8Array(19))).toEqual({ ok: false, error: { code: 'TCP_TOO_SHORT', offset: 19, message: 'tcperr.tooShort' } });
  });

  it('refuses a data offset below 5 words or past the end with TCP_BAD_DATA_OFFSET at byte 12', () => {
    const bytes = encodeTcpSegment({ srcPort: 1, dstPort: 2, seq: 0, ack: 0, flags: ['SYN'], window: 0 }).bytes;
    bytes[12] = 0x40;
    expect(decodeTcpSegment(bytes)).toMatchObject({ ok: false, error: { code: 'TCP_BAD_DATA_OFFSET', offset: 12 } });
    bytes[12] = 0x60;
    expect(decodeTcpSegment(bytes)).toMatchObject({ ok: false, error: { code: 'TCP_BAD_DATA_OFFSET' } });
  });
});
