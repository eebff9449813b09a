/**
 * Socket.IO protocol v5 packet types, as a table (socket.io-parser's
 * `PacketType` enum). The type is the packet's first character, "0"–"6".
 */

/** The Socket.IO protocol revision these codecs speak. */
export const SOCKET_IO_PROTOCOL = 5;

/** Packet type names in digit order. */
export const SOCKET_IO_PACKET_TYPES = ['CONNECT', 'DISCONNECT', 'EVENT', 'ACK', 'CONNECT_ERROR', 'BINARY_EVENT', 'BINARY_ACK'] as const;

/** A packet type's name. */
export type SocketIoPacketTypeName = (typeof SOCKET_IO_PACKET_TYPES)[number];

/** A packet type as its number, 0–6. */
export type SocketIoPacketType = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const CONNECT = 0;
export const DISCONNECT = 1;
export const EVENT = 2;
export const ACK = 3;
export const CONNECT_ERROR = 4;
export const BINARY_EVENT = 5;
export const BINARY_ACK = 6;

/** The namespace a packet belongs to when it names none. */
export const DEFAULT_NAMESPACE = '/';

/** Ends the attachment count of a binary packet ("51-…"). */
export const ATTACHMENTS_END = 0x2d; // '-'
/** Ends a namespace ("2/chat,…"). */
export const NAMESPACE_END = 0x2c; // ','
/** A namespace starts with a slash. */
export const NAMESPACE_START = 0x2f; // '/'

/** socket.io-parser's default limit on attachments per packet (its Decoder's `maxAttachments`). */
export const DEFAULT_MAX_ATTACHMENTS = 10;

/** Event names the library keeps for itself; an EVENT may not use them. */
export const RESERVED_EVENTS: readonly string[] = ['connect', 'connect_error', 'disconnect', 'disconnecting', 'newListener', 'removeListener'];

/** True for BINARY_EVENT and BINARY_ACK, whose attachments follow as separate messages. */
export function isBinaryType(type: SocketIoPacketType): boolean {
  return type === BINARY_EVENT || type === BINARY_ACK;
}

/** The i18n-friendly camelCase form of a type's name ("CONNECT_ERROR" → "connectError"). */
export function typeKey(type: SocketIoPacketType): string {
  return SOCKET_IO_PACKET_TYPES[type].toLowerCase().replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
}
