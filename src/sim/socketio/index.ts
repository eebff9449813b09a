/** The Socket.IO codec (protocol v5): packets, binary attachments, and a reader that reassembles them. */
export type { SocketIoPacket } from './types';
export type { SocketIoPacketType, SocketIoPacketTypeName } from './packetTypes';
export type { SocketIoError, SocketIoErrorCode, SocketIoErrorReason } from './socketIoError';
export type { EncodedSocketIoPacket } from './encodePacket';
export type { DecodeSocketIoOptions, DecodeSocketIoPacketResult } from './decodePacket';
export type { DeconstructedPacket } from './deconstructPacket';
export type { ReconstructResult } from './reconstructPacket';
export type { SocketIoReaderEvent } from './socketIoReader';
export {
  SOCKET_IO_PROTOCOL, SOCKET_IO_PACKET_TYPES, DEFAULT_NAMESPACE, DEFAULT_MAX_ATTACHMENTS, RESERVED_EVENTS,
  CONNECT, DISCONNECT, EVENT, ACK, CONNECT_ERROR, BINARY_EVENT, BINARY_ACK, isBinaryType,
} from './packetTypes';
export { socketIoErrorReasons } from './socketIoError';
export { encodeSocketIoPacket } from './encodePacket';
export { decodeSocketIoPacket, decodeSocketIoPacketAt } from './decodePacket';
export { deconstructPacket, hasBinary } from './deconstructPacket';
export { reconstructPacket } from './reconstructPacket';
export { SocketIoReader } from './socketIoReader';
export type { TransferLayer } from './transferLayer';
export type { SocketIoLayersOptions, SocketIoLayersResult } from './socketIoLayers';
export type { SocketIoWireMessage } from './socketIoOverEngineIo';
export { socketIoLayers } from './socketIoLayers';
export { socketIoOverEngineIo, engineIoPacketsOf } from './socketIoOverEngineIo';
