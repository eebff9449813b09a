/**
 * Encodes Socket.IO packets the way they travel: each packet's text becomes an
 * engine.io `message` packet, each binary attachment a binary `message` after
 * it. On polling they share one HTTP body (attachments as "b" + base64); on a
 * WebSocket each engine.io packet is its own message. The layers come from
 * reading the encoded bytes back, so they show what is really there.
 */
import { encodeEngineIoPacket } from '../engineio/encodePacket';
import { encodeEngineIoPayload } from '../engineio/encodePayload';
import type { EngineIoPacket, EngineIoTransport } from '../engineio/types';
import { encodeSocketIoPacket } from './encodePacket';
import { socketIoLayers } from './socketIoLayers';
import type { TransferLayer } from './transferLayer';
import type { SocketIoPacket } from './types';

/** One message on the transport: an HTTP body (polling) or a WebSocket message. */
export interface SocketIoWireMessage {
  readonly bytes: Uint8Array;
  /** A binary WebSocket frame (an attachment); always false on polling. */
  readonly binary: boolean;
  readonly layers: readonly TransferLayer[];
}

/** The engine.io packets that carry `packets`, in order. */
export function engineIoPacketsOf(packets: readonly SocketIoPacket[]): EngineIoPacket[] {
  return packets.flatMap((p) => {
    const encoded = encodeSocketIoPacket(p);
    return [{ type: 'message' as const, data: encoded.text }, ...encoded.attachments.map((a) => ({ type: 'message' as const, data: a }))];
  });
}

/** The messages that carry `packets` on `transport`. */
export function socketIoOverEngineIo(packets: readonly SocketIoPacket[], transport: EngineIoTransport): SocketIoWireMessage[] {
  const eio = engineIoPacketsOf(packets);
  const read = (bytes: Uint8Array, binary: boolean): SocketIoWireMessage => {
    const layers = socketIoLayers(bytes, { transport, binary });
    return { bytes, binary, layers: layers.ok ? layers.layers : [] };
  };
  if (transport === 'polling') return [read(encodeEngineIoPayload(eio).bytes, false)];
  return eio.map((p) => {
    const encoded = encodeEngineIoPacket(p, { transport });
    return read(encoded.bytes, encoded.binary);
  });
}
