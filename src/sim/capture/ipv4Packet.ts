/**
 * One TCP segment inside an IPv4 packet (RFC 791 §3.1), the way it would be
 * captured: a 20-byte IPv4 header with its header checksum, then the TCP
 * header with the checksum over the pseudo-header (RFC 9293 §3.1: source and
 * destination address, zero, protocol 6, TCP length) filled in, then the data.
 */
import { encodeSegmentData, type TcpSegmentData } from '../tcp/tcpSegmentData';
import { checksumAdd, checksumFinish, internetChecksum } from './internetChecksum';

/** IPv4 header without options: IHL 5 words. */
export const IPV4_HEADER_BYTES = 20;
const VERSION_IHL = 0x45;
/** Don't Fragment: what Linux sets on TCP (path MTU discovery, RFC 1191). */
const FLAG_DONT_FRAGMENT = 0x4000;
const DEFAULT_TTL = 64;
const PROTOCOL_TCP = 6;
/** Where the TCP checksum sits in its header. */
const TCP_CHECKSUM_OFFSET = 16;
const IP_CHECKSUM_OFFSET = 10;

/** What the IP layer adds to a segment. */
export interface Ipv4Envelope {
  /** Four octets each. */
  readonly src: readonly number[];
  readonly dst: readonly number[];
  /** The Identification field: one counter per sender. */
  readonly id: number;
}

/** The IPv4 packet carrying `segment`, both checksums correct. */
export function ipv4Packet(segment: TcpSegmentData, envelope: Ipv4Envelope): Uint8Array {
  const tcp = encodeSegmentData(segment).bytes;
  const packet = new Uint8Array(IPV4_HEADER_BYTES + tcp.length);
  const view = new DataView(packet.buffer);
  packet[0] = VERSION_IHL;
  packet[1] = 0; // DSCP and ECN: best effort, no ECN
  view.setUint16(2, packet.length);
  view.setUint16(4, envelope.id & 0xffff);
  view.setUint16(6, FLAG_DONT_FRAGMENT);
  packet[8] = DEFAULT_TTL;
  packet[9] = PROTOCOL_TCP;
  packet.set(envelope.src, 12);
  packet.set(envelope.dst, 16);
  view.setUint16(IP_CHECKSUM_OFFSET, internetChecksum(packet.subarray(0, IPV4_HEADER_BYTES)));

  const pseudo = new Uint8Array(12);
  pseudo.set(envelope.src, 0);
  pseudo.set(envelope.dst, 4);
  pseudo[9] = PROTOCOL_TCP;
  new DataView(pseudo.buffer).setUint16(10, tcp.length);
  new DataView(tcp.buffer, tcp.byteOffset).setUint16(TCP_CHECKSUM_OFFSET, checksumFinish(checksumAdd(checksumAdd(0, pseudo), tcp)));
  packet.set(tcp, IPV4_HEADER_BYTES);
  return packet;
}
