import { describe, expect, it } from 'vitest';
import { fieldTiling } from '../ws/fieldTiling';
import { encodeTcpSegment, tcpFlagsLabel } from './tcpSegment';

describe('encodeTcpSegment', () => {
  it('writes a SYN to port 443 in network byte order', () => {
    const { bytes } = encodeTcpSegment({ srcPort: 50000, dstPort: 443, seq: 0x01020304, ack: 0, flags: ['SYN'], window: 64240 });
    expect(Array.from(bytes.subarray(0, 14))).toEqual([0xc3, 0x50, 0x01, 0xbb, 1, 2, 3, 4, 0, 0, 0, 0, 0x50, 0x02]);
    expect(bytes[14]! * 256 + bytes[15]!).toBe(64240);
  });

  it('sets SYN and ACK together for the second segment of the handshake', () => {
    const { bytes, fields } = encodeTcpSegment({ srcPort: 80, dstPort: 50000, seq: 9, ack: 0x01020305, flags: ['SYN', 'ACK'], window: 65535 });
    expect(bytes[13]).toBe(0x12);
    expect(fields.find((f) => f.name === 'tcp:flags')?.value).toBe('SYN-ACK');
  });

  it('annotates all 20 bytes with no gap or overlap', () => {
    const segment = encodeTcpSegment({ srcPort: 1, dstPort: 2, seq: 3, ack: 4, flags: ['RST'], window: 0 });
    expect(fieldTiling(segment.fields, segment.bytes.length).ok).toBe(true);
  });

  it('labels flags in the usual order whatever order they are given', () => {
    expect(tcpFlagsLabel(['ACK', 'FIN'])).toBe('FIN-ACK');
  });
});
