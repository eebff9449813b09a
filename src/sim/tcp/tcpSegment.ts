/**
 * A TCP segment header as a teaching model (RFC 9293 §3.1): ports, sequence
 * and acknowledgment numbers, data offset, flags and window, annotated field by
 * field. No options and no payload; the checksum is left 0 because it covers an
 * IP pseudo-header that this model does not have.
 */
import type { Field } from '../timeline/types';

/** The control bits this model uses (RFC 9293 §3.1). */
export type TcpFlag = 'FIN' | 'SYN' | 'RST' | 'PSH' | 'ACK';

/** What a segment says. */
export interface TcpSegmentInit {
  readonly srcPort: number;
  readonly dstPort: number;
  readonly seq: number;
  readonly ack: number;
  readonly flags: readonly TcpFlag[];
  readonly window: number;
}

/** A segment's 20 header bytes and their fields. */
export interface EncodedTcpSegment {
  readonly bytes: Uint8Array;
  readonly fields: Field[];
  readonly headerBytes: number;
  readonly payloadBytes: 0;
}

/** Header length without options, in bytes (data offset 5 × 32-bit words). */
export const TCP_HEADER_BYTES = 20;
const DATA_OFFSET_WORDS = TCP_HEADER_BYTES / 4;
// Bit of each flag in byte 13 (RFC 9293 §3.1: CWR ECE URG ACK PSH RST SYN FIN).
const FLAG_BITS: Readonly<Record<TcpFlag, number>> = { FIN: 0x01, SYN: 0x02, RST: 0x04, PSH: 0x08, ACK: 0x10 };
const FLAG_ORDER: readonly TcpFlag[] = ['SYN', 'FIN', 'RST', 'PSH', 'ACK'];

/** The segment's flags as people write them: "SYN", "SYN-ACK", "FIN-ACK", "RST". */
export function tcpFlagsLabel(flags: readonly TcpFlag[]): string {
  return FLAG_ORDER.filter((f) => flags.includes(f)).join('-');
}

/** Encodes the header in network byte order with one field per RFC 9293 header item. */
export function encodeTcpSegment(init: TcpSegmentInit): EncodedTcpSegment {
  const bytes = new Uint8Array(TCP_HEADER_BYTES);
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
  const hasAck = init.flags.includes('ACK');
  const fields: Field[] = [
    { name: 'tcp:src-port', start: 0, end: 2, value: String(init.srcPort), meaning: 'tcpfield.srcPort' },
    { name: 'tcp:dst-port', start: 2, end: 4, value: String(init.dstPort), meaning: 'tcpfield.dstPort' },
    { name: 'tcp:seq', start: 4, end: 8, value: String(init.seq >>> 0), meaning: init.flags.includes('SYN') ? 'tcpfield.isn' : 'tcpfield.seq' },
    { name: 'tcp:ack', start: 8, end: 12, value: String(init.ack >>> 0), meaning: hasAck ? 'tcpfield.ack' : 'tcpfield.ackUnused' },
    { name: 'tcp:data-offset', start: 12, end: 13, value: String(DATA_OFFSET_WORDS), meaning: 'tcpfield.dataOffset' },
    { name: 'tcp:flags', start: 13, end: 14, value: tcpFlagsLabel(init.flags), meaning: 'tcpfield.flags' },
    { name: 'tcp:window', start: 14, end: 16, value: String(init.window), meaning: 'tcpfield.window' },
    { name: 'tcp:checksum', start: 16, end: 18, value: '0', meaning: 'tcpfield.checksum' },
    { name: 'tcp:urgent', start: 18, end: 20, value: '0', meaning: 'tcpfield.urgent' },
  ];
  return { bytes, fields, headerBytes: TCP_HEADER_BYTES, payloadBytes: 0 };
}
