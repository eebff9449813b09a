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

const utf8Length = (text: string) => encodeUtf8(text).length;

/** Encodes `packet`; with `annotate`, fields tile `bytes`. */
export function encodeSocketIoPacket(packet: SocketIoPacket, options: { readonly annotate?: boolean } = {}): EncodedSocketIoPacket {
  let written = packet;
  let attachments: readonly Uint8Array[] = [];
  if ((packet.type === EVENT || packet.type === ACK) && hasBinary(packet.data)) {
    const split = deconstructPacket({ ...packet, type: packet.type === EVENT ? BINARY_EVENT : BINARY_ACK });
    written = split.packet;
    attachments = split.buffers;
  }
  let text = String(written.type);
  const layout: { -readonly [K in keyof PacketLayout]: PacketLayout[K] } = { type: written.type, start: 0, end: 0 };
  let at = 1;
  const append = (part: string) => {
    const from = at;
    text += part;
    at += utf8Length(part);
    return [from, at] as const;
  };
  if (isBinaryType(written.type)) {
    layout.attachments = append(String(written.attachments ?? 0));
    append('-');
  }
  if (written.nsp && written.nsp !== DEFAULT_NAMESPACE) {
    layout.namespace = append(written.nsp);
    layout.namespaceComma = true;
    append(',');
  }
  if (written.id !== undefined && written.id !== null) layout.ackId = append(String(written.id));
  if (written.data !== undefined && written.data !== null) {
    const json = JSON.stringify(written.data);
    // JSON.stringify gives undefined for a function or symbol: nothing to write.
    if (json !== undefined) layout.data = append(json);
  }
  const bytes = encodeUtf8(text);
  layout.end = bytes.length;
  const result = { packet: written, text, bytes, attachments };
  return options.annotate ? { ...result, fields: packetFields(bytes, layout) } : result;
}
