/**
 * Reads one Socket.IO packet's text (protocol v5, "Packet encoding"), by the
 * same grammar socket.io-parser's Decoder follows:
 *
 *   <type>[<attachments>-][/<namespace>,][<ack id>][<JSON data>]
 *
 * and the same payload rules per type (CONNECT: an object; DISCONNECT: none;
 * EVENT: an array led by a non-reserved name; ACK: an array; CONNECT_ERROR: a
 * string or an object). A binary packet's data keeps its placeholders; the
 * attachments come as later messages (see SocketIoReader). Never throws.
 */
import { firstInvalidUtf8 } from '../bytes/firstInvalidUtf8';
import { decodeUtf8 } from '../bytes/utf8';
import type { Field } from '../timeline/types';
import { packetFields, type PacketLayout } from './packetFields';
import {
  ACK, ATTACHMENTS_END, BINARY_ACK, BINARY_EVENT, CONNECT, CONNECT_ERROR, DEFAULT_MAX_ATTACHMENTS, DEFAULT_NAMESPACE, DISCONNECT, EVENT,
  NAMESPACE_END, NAMESPACE_START, RESERVED_EVENTS, SOCKET_IO_PACKET_TYPES, isBinaryType, type SocketIoPacketType,
} from './packetTypes';
import { socketIoError, type SocketIoError } from './socketIoError';
import type { SocketIoPacket } from './types';

/** Options for `decodeSocketIoPacket`. */
export interface DecodeSocketIoOptions {
  readonly annotate?: boolean;
  /** The most attachments a binary packet may announce (default 10, as socket.io-parser). */
  readonly maxAttachments?: number;
}

/** The outcome of decoding a packet's text. */
export type DecodeSocketIoPacketResult =
  | { readonly ok: true; readonly packet: SocketIoPacket; readonly fields?: Field[] }
  | { readonly ok: false; readonly error: SocketIoError };

const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const isDigit = (b: number | undefined) => b !== undefined && b >= DIGIT_0 && b <= DIGIT_9;
const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The payload rule socket.io-parser applies to `type`. */
function isPayloadValid(type: SocketIoPacketType, data: unknown): boolean {
  switch (type) {
    case CONNECT: return isObject(data);
    case DISCONNECT: return false;
    case CONNECT_ERROR: return typeof data === 'string' || isObject(data);
    case EVENT:
    case BINARY_EVENT:
      return Array.isArray(data) && (typeof data[0] === 'number' || (typeof data[0] === 'string' && !RESERVED_EVENTS.includes(data[0])));
    case ACK:
    case BINARY_ACK:
      return Array.isArray(data);
  }
}

const fail = (error: SocketIoError): DecodeSocketIoPacketResult => ({ ok: false, error });

/** Decodes the packet text in `bytes[start, end)`; fields and error offsets are absolute in `bytes`. */
export function decodeSocketIoPacketAt(bytes: Uint8Array, start: number, end: number, options: DecodeSocketIoOptions = {}): DecodeSocketIoPacketResult {
  if (end <= start) return fail(socketIoError('emptyPacket', start));
  const bad = firstInvalidUtf8(bytes, start, end);
  if (bad >= 0) return fail(socketIoError('invalidUtf8', bad));
  const typeNumber = bytes[start]! - DIGIT_0;
  if (typeNumber < 0 || typeNumber >= SOCKET_IO_PACKET_TYPES.length) return fail(socketIoError('unknownType', start, { char: decodeUtf8(bytes, start, start + 1) }));
  const type = typeNumber as SocketIoPacketType;
  const layout: { -readonly [K in keyof PacketLayout]: PacketLayout[K] } = { type, start, end };
  let at = start + 1;

  let attachments: number | undefined;
  if (isBinaryType(type)) {
    let i = at;
    while (isDigit(bytes[i]) && i < end) i++;
    if (i === at || i >= end || bytes[i] !== ATTACHMENTS_END) return fail(socketIoError('illegalAttachments', at));
    attachments = Number(decodeUtf8(bytes, at, i));
    if (attachments < 1) return fail(socketIoError('illegalAttachments', at));
    const max = options.maxAttachments ?? DEFAULT_MAX_ATTACHMENTS;
    if (attachments > max) return fail(socketIoError('tooManyAttachments', at, { count: attachments, max }));
    layout.attachments = [at, i];
    at = i + 1;
  }

  let nsp = DEFAULT_NAMESPACE;
  if (bytes[at] === NAMESPACE_START && at < end) {
    // Like socket.io-parser, a namespace without its "," runs to the end of the packet.
    let i = at;
    while (i < end && bytes[i] !== NAMESPACE_END) i++;
    nsp = decodeUtf8(bytes, at, i);
    layout.namespace = [at, i];
    layout.namespaceComma = i < end;
    at = i < end ? i + 1 : i;
  }

  let id: number | undefined;
  if (isDigit(bytes[at]) && at < end) {
    let i = at;
    while (i < end && isDigit(bytes[i])) i++;
    id = Number(decodeUtf8(bytes, at, i));
    layout.ackId = [at, i];
    at = i;
  }

  let data: unknown;
  const hasData = at < end;
  if (hasData) {
    try {
      data = JSON.parse(decodeUtf8(bytes, at, end));
    } catch {
      return fail(socketIoError('invalidJson', at));
    }
    if (!isPayloadValid(type, data)) return fail(socketIoError('invalidPayload', at, { type: SOCKET_IO_PACKET_TYPES[type] }));
    layout.data = [at, end];
  }

  const packet: SocketIoPacket = {
    type, nsp,
    ...(attachments !== undefined ? { attachments } : {}),
    ...(id !== undefined ? { id } : {}),
    ...(hasData ? { data } : {}),
  };
  return options.annotate ? { ok: true, packet, fields: packetFields(bytes, layout) } : { ok: true, packet };
}

/** Decodes one packet's text (a whole engine.io message). */
export function decodeSocketIoPacket(bytes: Uint8Array, options: DecodeSocketIoOptions = {}): DecodeSocketIoPacketResult {
  return decodeSocketIoPacketAt(bytes, 0, bytes.length, options);
}
