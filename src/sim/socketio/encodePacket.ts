/**
 * Writes one Socket.IO packet (protocol v5, "Packet encoding"):
 *
 *   <type>[<attachments>-][<namespace>,][<ack id>][<JSON data>]
 *
 * An EVENT or ACK holding binary becomes a BINARY_EVENT / BINARY_ACK whose
 * binary travels as separate attachments after the text, as socket.io-parser's
 * Encoder does. Never throws.
 */
import { encodeUtf8 } from '../bytes/utf8';
import type { Field } from '../timeline/types';
import { deconstructPacket, hasBinary } from './deconstructPacket';
import { packetFields, type PacketLayout } from './packetFields';
import { ACK, BINARY_ACK, BINARY_EVENT, DEFAULT_NAMESPACE, EVENT, isBinaryType } from './packetTypes';
import type { SocketIoPacket } from './types';

/** An encoded packet: the text message (its UTF-8 bytes), then the binary attachments, one message each. */
export interface EncodedSocketIoPacket {
  /** The packet as written (BINARY_ type, placeholders, attachment count). */
  readonly packet: SocketIoPacket;
  readonly text: string;
  readonly bytes: Uint8Array;
  readonly attachments: readonly Uint8Array[];
  readonly fields?: Field[];
}

/** Encodes `packet`; with `annotate`, fields tile `bytes`. */
export function encodeSocketIoPacket(packet: SocketIoPacket, options: { readonly annotate?: boolean } = {}): EncodedSocketIoPacket {
  const { written, attachments } = asWritten(packet);
  const layout: { -readonly [K in keyof PacketLayout]: PacketLayout[K] } | undefined = options.annotate ? { type: written.type, start: 0, end: 0 } : undefined;
  const text = writeText(written, layout);
  const bytes = encodeUtf8(text);
  const result = { packet: written, text, bytes, attachments };
  if (!layout) return result;
  layout.end = bytes.length;
  return { ...result, fields: packetFields(bytes, layout) };
}

/** The text `encodeSocketIoPacket` writes for `packet` (its `text`), without its bytes: for a sender that needs only the text. */
export function encodeSocketIoPacketText(packet: SocketIoPacket): string {
  return writeText(isSplit(packet) ? asWritten(packet).written : packet, undefined);
}

/** True for an EVENT or ACK holding binary, which is written as a BINARY_ one. */
const isSplit = (packet: SocketIoPacket): boolean => (packet.type === EVENT || packet.type === ACK) && hasBinary(packet.data);

const NO_ATTACHMENTS: readonly Uint8Array[] = Object.freeze([]);

/** The packet as written: an EVENT or ACK holding binary becomes a BINARY_ one with placeholders, its binary split off. */
function asWritten(packet: SocketIoPacket): { readonly written: SocketIoPacket; readonly attachments: readonly Uint8Array[] } {
  if (isSplit(packet)) {
    const split = deconstructPacket({ ...packet, type: packet.type === EVENT ? BINARY_EVENT : BINARY_ACK });
    return { written: split.packet, attachments: split.buffers };
  }
  return { written: packet, attachments: NO_ATTACHMENTS };
}

/** The packet's text; with `layout`, the UTF-8 byte range of each part is recorded in it. No closure: it runs per packet. */
function writeText(written: SocketIoPacket, layout: { -readonly [K in keyof PacketLayout]: PacketLayout[K] } | undefined): string {
  let text = String(written.type);
  let at = 1;
  if (isBinaryType(written.type)) {
    const count = String(written.attachments ?? 0);
    if (layout) {
      layout.attachments = [at, at + utf8Length(count)];
      at = layout.attachments[1] + 1;
    }
    text += `${count}-`;
  }
  if (written.nsp && written.nsp !== DEFAULT_NAMESPACE) {
    if (layout) {
      layout.namespace = [at, at + utf8Length(written.nsp)];
      layout.namespaceComma = true;
      at = layout.namespace[1] + 1;
    }
    text += `${written.nsp},`;
  }
  if (written.id !== undefined && written.id !== null) {
    const id = String(written.id);
    if (layout) {
      layout.ackId = [at, at + utf8Length(id)];
      at = layout.ackId[1];
    }
    text += id;
  }
  if (written.data !== undefined && written.data !== null) {
    const json = JSON.stringify(written.data);
    // JSON.stringify gives undefined for a function or symbol: nothing to write.
    if (json !== undefined) {
      if (layout) layout.data = [at, at + utf8Length(json)];
      text += json;
    }
  }
  return text;
}

const ONE_BYTE_LIMIT = 0x80;
const TWO_BYTE_LIMIT = 0x800;
const SURROGATE_FIRST = 0xd800;
const HIGH_SURROGATE_LAST = 0xdbff;
const LOW_SURROGATE_FIRST = 0xdc00;
const SURROGATE_LAST = 0xdfff;

/** UTF-8 length of `text` as encodeUtf8 writes it (a lone surrogate as U+FFFD, 3 bytes), without encoding it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < ONE_BYTE_LIMIT) bytes += 1;
    else if (c < TWO_BYTE_LIMIT) bytes += 2;
    else if (c >= SURROGATE_FIRST && c <= HIGH_SURROGATE_LAST && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= LOW_SURROGATE_FIRST && next <= SURROGATE_LAST) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
