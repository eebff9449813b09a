/** The engine.io codec (protocol v4): packets, polling payloads, the open handshake. */
export type { EngineIoPacket, EngineIoTransport } from './types';
export type { EngineIoPacketType } from './packetTypes';
export type { EngineIoError, EngineIoErrorCode, EngineIoErrorReason } from './engineIoError';
export type { EncodePacketOptions, EncodedEngineIoPacket } from './encodePacket';
export type { DecodePacketOptions, DecodeEngineIoPacketResult } from './decodePacket';
export type { PacketRange, EncodedEngineIoPayload } from './encodePayload';
export type { DecodePayloadOptions, DecodeEngineIoPayloadResult } from './decodePayload';
export type { OpenHandshake } from './openHandshake';
export { ENGINE_IO_PROTOCOL, ENGINE_IO_PACKET_TYPES, RECORD_SEPARATOR, BASE64_MARKER, packetTypeDigit, packetTypeOfByte } from './packetTypes';
export { engineIoErrorReasons } from './engineIoError';
export { encodeEngineIoPacket } from './encodePacket';
export { decodeEngineIoPacket, decodeEngineIoPacketAt } from './decodePacket';
export { encodeEngineIoPayload } from './encodePayload';
export { decodeEngineIoPayload } from './decodePayload';
export { encodeOpenPacket, parseOpenHandshake } from './openHandshake';
export { OPEN_PACKET_KEYS } from './packetFields';
export type { EngineIoHttpError } from './handshakeErrors';
export { ENGINE_IO_HTTP_ERRORS, encodeEngineIoHttpError, parseEngineIoHttpError } from './handshakeErrors';
