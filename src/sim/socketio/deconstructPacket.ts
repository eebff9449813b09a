/**
 * Moves binary out of a packet's data (Socket.IO protocol v5, "Packet
 * encoding", binary): each `Uint8Array` becomes `{"_placeholder":true,"num":n}`
 * and travels as the n-th attachment after the packet's text.
 */
import type { SocketIoPacket } from './types';

/** The packet with placeholders and its attachment count, and the attachments in order. */
export interface DeconstructedPacket {
  readonly packet: SocketIoPacket;
  readonly buffers: readonly Uint8Array[];
}

/** True for the binary values the protocol carries as attachments. */
export function isBinaryValue(value: unknown): value is Uint8Array | ArrayBuffer {
  return value instanceof Uint8Array || value instanceof ArrayBuffer;
}

function strip(data: unknown, buffers: Uint8Array[]): unknown {
  if (!data) return data;
  if (isBinaryValue(data)) {
    const placeholder = { _placeholder: true, num: buffers.length };
    buffers.push(data instanceof Uint8Array ? data : new Uint8Array(data));
    return placeholder;
  }
  if (Array.isArray(data)) return data.map((item) => strip(item, buffers));
  if (typeof data === 'object' && !(data instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(data)) out[key] = strip((data as Record<string, unknown>)[key], buffers);
    return out;
  }
  return data;
}

/** Replaces the binary in `packet.data` by placeholders; `attachments` is set to their number. */
export function deconstructPacket(packet: SocketIoPacket): DeconstructedPacket {
  const buffers: Uint8Array[] = [];
  const data = strip(packet.data, buffers);
  return { packet: { ...packet, data, attachments: buffers.length }, buffers };
}

/** True if `data` holds binary anywhere (so an EVENT or ACK must go as its BINARY_ form). */
export function hasBinary(data: unknown): boolean {
  if (!data || typeof data !== 'object') return false;
  if (isBinaryValue(data)) return true;
  // Loops, not some() over Object.values(): every packet sent is checked, and most hold no binary at all.
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) if (hasBinary(data[i])) return true;
    return false;
  }
  for (const key in data) {
    if (Object.prototype.hasOwnProperty.call(data, key) && hasBinary((data as Record<string, unknown>)[key])) return true;
  }
  return false;
}
