/** The engine.io packet as the codecs see it, and the transports that shape its bytes. */
import type { EngineIoPacketType } from './packetTypes';

/**
 * One engine.io packet. `data` is text for every type; a binary `Uint8Array`
 * is always a `message` (engine.io-parser's shape, so the two compare directly).
 */
export interface EngineIoPacket {
  readonly type: EngineIoPacketType;
  readonly data?: string | Uint8Array;
}

/**
 * How the packet travels: on `websocket` each packet is one frame and binary
 * goes as a binary frame; on `polling` packets are text in an HTTP body, binary
 * as "b" + base64.
 */
export type EngineIoTransport = 'websocket' | 'polling';
