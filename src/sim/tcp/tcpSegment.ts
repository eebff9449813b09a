/**
 * A TCP segment as a teaching model (RFC 9293 §3.1): the 20-byte header
 * (ports, sequence and acknowledgment numbers, data offset, reserved bits,
 * the eight control bits, window) annotated field by field and bit by bit,
 * followed by the payload bytes it carries. No options; the checksum is left 0
 * because it covers an IP pseudo-header that this model does not have.
 */
import type { Field } from '../timeline/types';

/** The control bits this model sets (RFC 9293 §3.1). */
export type TcpFlag = 'FIN' | 'SYN' | 'RST' | 'PSH' | 'ACK';

/** What a segment says. */
export interface TcpSegmentInit {
  readonly srcPort: number;
  readonly dstPort: number;
  readonly seq: number;
  readonly ack: number;
  readonly flags: readonly TcpFlag[];
  readonly window: number;
  /** The data the segment carries (none for SYN, a pure ACK, FIN or RST). */
  readonly payload?: Uint8Array;
}

/** A segment's header and payload bytes and their fields. */
export interface EncodedTcpSegment {
  readonly bytes: Uint8Array;
  readonly fields: Field[];
  readonly headerBytes: number;
  readonly payloadBytes: number;
}

/** Header length without options, in bytes (data offset 5 × 32-bit words). */
export const TCP_HEADER_BYTES = 20;
const DATA_OFFSET_WORDS = TCP_HEADER_BYTES / 4;
const EMPTY = new Uint8Array(0);
// Bit of each flag in byte 13 (RFC 9293 §3.1: CWR ECE URG ACK PSH RST SYN FIN).
const FLAG_BITS: Readonly<Record<TcpFlag, number>> = { FIN: 0x01, SYN: 0x02, RST: 0x04, PSH: 0x08, ACK: 0x10 };
const FLAG_ORDER: readonly TcpFlag[] = ['SYN', 'FIN', 'RST', 'PSH', 'ACK'];
// Byte 13 from its most significant bit; CWR and ECE are ECN (RFC 3168), URG is never set on the web.
const CONTROL_BITS: readonly string[] = ['CWR', 'ECE', 'URG', 'ACK', 'PSH', 'RST', 'SYN', 'FIN'];

/** The segment's flags as people write them: "SYN", "SYN-ACK", "FIN-ACK", "PSH-ACK", "RST". */
export function tcpFlagsLabel(flags: readonly TcpFlag[]): string {
  return FLAG_ORDER.filter((f) => flags.includes(f)).join('-');
}

/** How many sequence numbers a segment takes: its payload, plus one each for SYN and FIN (RFC 9293 §3.4). */
export function segmentLength(flags: readonly TcpFlag[], payloadBytes: number): number {
  return payloadBytes + (flags.includes('SYN') ? 1 : 0) + (flags.includes('FIN') ? 1 : 0);
}

/** Encodes the header in network byte order, then the payload; one field per RFC 9293 header item, one bit field per control bit. */
export function encodeTcpSegment(init: TcpSegmentInit): EncodedTcpSegment {
  const payload = init.payload ?? EMPTY;
  const bytes = new Uint8Array(TCP_HEADER_BYTES + payload.length);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, init.srcPort);
  view.setUint16(2, init.dstPort);
  view.setUint32(4, init.seq >>> 0);
  view.setUint32(8, init.ack >>> 0);
  let flagByte = 0;
  for (const flag of init.flags) flagByte |= FLAG_BITS[flag];
  bytes[12] = DATA_OFFSET_WORDS << 4;
  bytes[13] = flagByte;
  view.setUint16(14, init.window);
  // Bytes 16–19: checksum and urgent pointer stay 0 (see the module comment).
  bytes.set(payload, TCP_HEADER_BYTES);
  const hasAck = init.flags.includes('ACK');
  const fields: Field[] = [
    { name: 'tcp:src-port', start: 0, end: 2, value: String(init.srcPort), meaning: 'tcpfield.srcPort' },
    { name: 'tcp:dst-port', start: 2, end: 4, value: String(init.dstPort), meaning: 'tcpfield.dstPort' },
    { name: 'tcp:seq', start: 4, end: 8, value: String(init.seq >>> 0), meaning: init.flags.includes('SYN') ? 'tcpfield.isn' : 'tcpfield.seq' },
    { name: 'tcp:ack', start: 8, end: 12, value: String(init.ack >>> 0), meaning: hasAck ? 'tcpfield.ack' : 'tcpfield.ackUnused' },
    { name: 'tcp:data-offset', start: 12, end: 13, bitStart: 0, bitEnd: 4, value: String(DATA_OFFSET_WORDS), meaning: 'tcpfield.dataOffset' },
    { name: 'tcp:reserved', start: 12, end: 13, bitStart: 4, bitEnd: 8, value: '0', meaning: 'tcpfield.reserved' },
    ...CONTROL_BITS.map((bit, i): Field => ({
      name: `tcp:flag:${bit}`, start: 13, end: 14, bitStart: i, bitEnd: i + 1,
      value: (flagByte >> (7 - i)) & 1 ? '1' : '0', meaning: `tcpfield.flag.${bit.toLowerCase()}`,
    })),
    { name: 'tcp:window', start: 14, end: 16, value: String(init.window), meaning: 'tcpfield.window' },
    { name: 'tcp:checksum', start: 16, end: 18, value: '0', meaning: 'tcpfield.checksum' },
    { name: 'tcp:urgent', start: 18, end: 20, value: '0', meaning: 'tcpfield.urgent' },
  ];
  if (payload.length > 0) {
    fields.push({ name: 'tcp:payload', start: TCP_HEADER_BYTES, end: bytes.length, value: `${payload.length} bytes`, meaning: 'tcpfield.payload' });
  }
  return { bytes, fields, headerBytes: TCP_HEADER_BYTES, payloadBytes: payload.length };
}
