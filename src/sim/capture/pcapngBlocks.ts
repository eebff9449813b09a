/**
 * The three pcapng blocks a capture file needs (draft-ietf-opsawg-pcapng §4):
 * a Section Header Block, an Interface Description Block and one Enhanced
 * Packet Block per packet. Every block is `type, total length, body, total
 * length` with the body padded to 32 bits; options are `code, length, value`
 * padded the same way and ended by opt_endofopt. Written little-endian: the
 * byte-order magic tells readers which.
 */
import { encodeUtf8 } from '../bytes/utf8';

const BLOCK_SHB = 0x0a0d0d0a;
const BLOCK_IDB = 0x00000001;
const BLOCK_EPB = 0x00000006;
const BYTE_ORDER_MAGIC = 0x1a2b3c4d;
const OPT_ENDOFOPT = 0;
const OPT_COMMENT = 1;
const SHB_USERAPPL = 4;
const IF_NAME = 2;
const IF_DESCRIPTION = 3;
const IF_TSRESOL = 9;
/** LINKTYPE_RAW: each packet starts with its IPv4 header, no link layer (tcpdump.org link-layer types). */
export const LINKTYPE_RAW = 101;
/** if_tsresol 6: timestamps count microseconds (10^-6 s). */
const TSRESOL_MICROSECONDS = 6;
/** 0: no snapshot length limit; every packet is recorded whole. */
const SNAPLEN_UNLIMITED = 0;
const BLOCK_OVERHEAD = 12;

/** A pcapng option: its code and value bytes. */
interface PcapngOption {
  readonly code: number;
  readonly value: Uint8Array;
}

/** Rounds `n` up to a multiple of 4. */
export function pad4(n: number): number {
  return (n + 3) & ~3;
}

/** Options as bytes, ended by opt_endofopt; none at all when the list is empty. */
function encodeOptions(options: readonly PcapngOption[]): Uint8Array {
  if (options.length === 0) return new Uint8Array(0);
  const size = options.reduce((n, o) => n + 4 + pad4(o.value.length), 0) + 4;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const o of options) {
    view.setUint16(at, o.code, true);
    view.setUint16(at + 2, o.value.length, true);
    out.set(o.value, at + 4);
    at += 4 + pad4(o.value.length);
  }
  view.setUint16(at, OPT_ENDOFOPT, true); // code 0, length 0
  return out;
}

/** A block: type, total length, `body` padded to 32 bits, total length again. */
function block(type: number, body: Uint8Array): Uint8Array {
  const total = BLOCK_OVERHEAD + pad4(body.length);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, type, true);
  view.setUint32(4, total, true);
  out.set(body, 8);
  view.setUint32(total - 4, total, true);
  return out;
}

/** Joins byte arrays. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const text = (code: number, value: string): PcapngOption => ({ code, value: encodeUtf8(value) });

/** The Section Header Block: version 1.0, section length unknown (-1), a comment and the writing application. */
export function sectionHeaderBlock(comment: string, application: string): Uint8Array {
  const fixed = new Uint8Array(16);
  const view = new DataView(fixed.buffer);
  view.setUint32(0, BYTE_ORDER_MAGIC, true);
  view.setUint16(4, 1, true);
  view.setUint16(6, 0, true);
  view.setBigInt64(8, -1n, true);
  return block(BLOCK_SHB, concatBytes([fixed, encodeOptions([text(OPT_COMMENT, comment), text(SHB_USERAPPL, application)])]));
}

/** An Interface Description Block for raw IPv4 packets with microsecond timestamps. */
export function interfaceDescriptionBlock(name: string, description: string): Uint8Array {
  const fixed = new Uint8Array(8);
  const view = new DataView(fixed.buffer);
  view.setUint16(0, LINKTYPE_RAW, true);
  view.setUint16(2, 0, true);
  view.setUint32(4, SNAPLEN_UNLIMITED, true);
  const options = [text(IF_NAME, name), text(IF_DESCRIPTION, description), { code: IF_TSRESOL, value: Uint8Array.of(TSRESOL_MICROSECONDS) }];
  return block(BLOCK_IDB, concatBytes([fixed, encodeOptions(options)]));
}

/** An Enhanced Packet Block on interface 0: the packet recorded whole at `micros` (microseconds since 1970), with an optional comment. */
export function enhancedPacketBlock(micros: number, packet: Uint8Array, comment?: string): Uint8Array {
  const fixed = new Uint8Array(20);
  const view = new DataView(fixed.buffer);
  view.setUint32(0, 0, true);
  view.setUint32(4, Math.floor(micros / 2 ** 32), true);
  view.setUint32(8, micros % 2 ** 32, true);
  view.setUint32(12, packet.length, true);
  view.setUint32(16, packet.length, true);
  const data = new Uint8Array(pad4(packet.length));
  data.set(packet);
  return block(BLOCK_EPB, concatBytes([fixed, data, encodeOptions(comment === undefined ? [] : [text(OPT_COMMENT, comment)])]));
}
