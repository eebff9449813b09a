/**
 * The layered view of what Socket.IO puts on the wire: engine.io packets, and
 * inside each engine.io `message` packet a Socket.IO packet. The inner fields
 * keep offsets in the outer bytes, so the inspector can draw both layers as
 * nested bands over the same bytes.
 */
import { decodeEngineIoPacket } from '../engineio/decodePacket';
import { decodeEngineIoPayload } from '../engineio/decodePayload';
import type { EngineIoError } from '../engineio/engineIoError';
import type { PacketRange } from '../engineio/encodePayload';
import type { EngineIoPacket, EngineIoTransport } from '../engineio/types';
import { decodeSocketIoPacketAt } from './decodePacket';
import type { TransferLayer } from './transferLayer';

/** Options for `socketIoLayers`. */
export interface SocketIoLayersOptions {
  /** `polling`: `bytes` is an HTTP body (a payload); `websocket`: one WebSocket message. */
  readonly transport: EngineIoTransport;
  /** The WebSocket message was a binary frame (a Socket.IO attachment). */
  readonly binary?: boolean;
}

/** The layers, outermost first, or the engine.io error that stops the reading. */
export type SocketIoLayersResult =
  | { readonly ok: true; readonly layers: readonly TransferLayer[] }
  | { readonly ok: false; readonly error: EngineIoError };

// The Socket.IO packet is the text after a message packet's type digit "4".
function innerLayers(bytes: Uint8Array, packets: readonly EngineIoPacket[], ranges: readonly PacketRange[]): TransferLayer[] {
  const layers: TransferLayer[] = [];
  packets.forEach((packet, i) => {
    const range = ranges[i]!;
    if (packet.type !== 'message' || typeof packet.data !== 'string') return;
    const inner = decodeSocketIoPacketAt(bytes, range.start + 1, range.end, { annotate: true });
    if (inner.ok) layers.push({ protocol: 'socketio', range: [range.start + 1, range.end], fields: inner.fields ?? [] });
  });
  return layers;
}

/** Reads `bytes` as engine.io and, inside it, Socket.IO: `[{ protocol: 'engineio', … }, { protocol: 'socketio', … }, …]`. */
export function socketIoLayers(bytes: Uint8Array, options: SocketIoLayersOptions): SocketIoLayersResult {
  const whole = { start: 0, end: bytes.length };
  const wholeRange = [0, bytes.length] as const;
  if (options.transport === 'polling') {
    const payload = decodeEngineIoPayload(bytes, { annotate: true });
    if (!payload.ok) return payload;
    return { ok: true, layers: [{ protocol: 'engineio', range: wholeRange, fields: payload.fields ?? [] }, ...innerLayers(bytes, payload.packets, payload.ranges)] };
  }
  const packet = decodeEngineIoPacket(bytes, { annotate: true, binary: options.binary });
  if (!packet.ok) return packet;
  return { ok: true, layers: [{ protocol: 'engineio', range: wholeRange, fields: packet.fields ?? [] }, ...innerLayers(bytes, [packet.packet], [whole])] };
}
