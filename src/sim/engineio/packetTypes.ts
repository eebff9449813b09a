/**
 * Engine.io protocol v4 packet types, as a table (engine.io-parser's commons.ts
 * keeps the same one). On the wire a text packet starts with the type's digit.
 */

/** The engine.io protocol revision these codecs speak (the `EIO=4` query parameter). */
export const ENGINE_IO_PROTOCOL = 4;

/** Packet type names in digit order: `open` is "0", `noop` is "6". */
export const ENGINE_IO_PACKET_TYPES = ['open', 'close', 'ping', 'pong', 'message', 'upgrade', 'noop'] as const;

/** One engine.io packet type. */
export type EngineIoPacketType = (typeof ENGINE_IO_PACKET_TYPES)[number];

/** The ASCII digit that encodes `type` ("0" = 0x30 … "6" = 0x36). */
export function packetTypeDigit(type: EngineIoPacketType): number {
  return TYPE_DIGITS[type];
}

// A lookup rather than indexOf: every packet written asks.
const TYPE_DIGITS: Readonly<Record<EngineIoPacketType, number>> = { open: 0x30, close: 0x31, ping: 0x32, pong: 0x33, message: 0x34, upgrade: 0x35, noop: 0x36 };

/** The type an ASCII byte stands for, or undefined if it is not "0"–"6". */
export function packetTypeOfByte(byte: number): EngineIoPacketType | undefined {
  return ENGINE_IO_PACKET_TYPES[byte - 0x30];
}

/**
 * Polling payloads join packets with the ASCII record separator, U+001E
 * (engine.io protocol v4, "Payload"); it cannot occur inside UTF-8 multi-byte text.
 */
export const RECORD_SEPARATOR = 0x1e;

/** On polling, a binary packet is written as "b" followed by its base64 (text bodies only). */
export const BASE64_MARKER = 0x62;
