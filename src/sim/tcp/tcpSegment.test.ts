import { describe, expect, it } from 'vitest';
import { fieldTiling } from '../ws/fieldTiling';
import { encodeTcpSegment, segmentLength, tcpFlagsLabel } from './tcpSegment';

describe('encodeTcpSegment', () => {
  it('writes a SYN to port 443 in network byte order', () => {
    const { bytes } = encodeTcpSegment({ srcPort: 50000, dstPort: 443, seq: 0x01020304, ack: 0, flags: ['SYN'], window: 64240 });
    expect(Array.from(bytes.subarray(0, 14))).toEqual([0xc3, 0x50, 0x01, 0xbb, 1, 2, 3, 4, 0, 0, 0, 0, 0x50, 0x02]);
    expect(bytes[14]! * 256 + bytes[15]!).toBe(64240);
  });

  it('sets SYN and ACK together for the second segment of the handshake', () => {
    const { bytes, fields } = encodeTcpSegment({ srcPort: 80, dstPort: 50000, seq: 9, ack: 0x01020305, flags: ['SYN', 'ACK'], window: 65535 });
    expect(bytes[13]).toBe(0x12);
    const set = fields.filter((f) => f.name.startsWith('tcp:flag:') && f.value === '1').map((f) => f.name);
    expect(set).toEqual(['tcp:flag:ACK', 'tcp:flag:SYN']);
  });

  it('annotates byte 13 as eight control bits, CWR first and FIN last (RFC 9293 §3.1)', () => {
    const { fields } = encodeTcpSegment({ srcPort: 1, dstPort: 2, seq: 0, ack: 0, flags: ['FIN'], window: 0 });
    const bits = fields.filter((f) => f.start === 13);
    expect(bits.map((f) => [f.name, f.bitStart])).toEqual([
      ['tcp:flag:CWR', 0], ['tcp:flag:ECE', 1], ['tcp:flag:URG', 2], ['tcp:flag:ACK', 3],
      ['tcp:flag:PSH', 4], ['tcp:flag:RST', 5], ['tcp:flag:SYN', 6], ['tcp:flag:FIN', 7],
    ]);
    expect(bits.at(-1)!.value).toBe('1');
  });

  it('carries its payload after the 20-byte header and counts it as payload', () => {
    const payload = new TextEncoder().encode('hello\n');
    const segment = encodeTcpSegment({ srcPort: 1, dstPort: 2, seq: 3, ack: 4, flags: ['PSH', 'ACK'], window: 100, payload });
    expect(segment.bytes.length).toBe(26);
    expect(segment.headerBytes).toBe(20);
    expect(segment.payloadBytes).toBe(6);
    expect(Array.from(segment.bytes.subarray(20))).toEqual(Array.from(payload));
    expect(fieldTiling(segment.fields, segment.bytes.length).ok).toBe(true);
  });

  it('counts SYN and FIN as one sequence number each, on top of the payload', () => {
    expect(segmentLength(['SYN'], 0)).toBe(1);
    expect(segmentLength(['FIN', 'ACK'], 5)).toBe(6);
    expect(segmentLength(['ACK'], 0)).toBe(0);
  });

  it('annotates all 20 bytes with no gap or overlap', () => {
    const segment = encodeTcpSegment({ srcPort: 1, dstPort: 2, seq: 3, ack: 4, flags: ['RST'], window: 0 });
    expect(fieldTiling(segment.fields, segment.bytes.length).ok).toBe(true);
  });

  it('labels flags in the usual order whatever order they are given', () => {
    expect(tcpFlagsLabel(['ACK', 'FIN'])).toBe('FIN-ACK');
  });
});
