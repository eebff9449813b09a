/**
 * Puts a binary packet's attachments back where its placeholders stand
 * (the inverse of `deconstructPacket`). Never throws.
 */
import { socketIoError, type SocketIoError } from './socketIoError';
import type { SocketIoPacket } from './types';

/** The packet with its binary restored, or the placeholder that names no attachment. */
export type ReconstructResult =
  | { readonly ok: true; readonly packet: SocketIoPacket }
  | { readonly ok: false; readonly error: SocketIoError };

class IllegalPlaceholder {
  constructor(readonly num: unknown) {}
}

function fill(data: unknown, buffers: readonly Uint8Array[]): unknown {
  if (!data || typeof data !== 'object') return data;
  const record = data as Record<string, unknown>;
  if (record._placeholder === true) {
    const num = record.num;
    if (typeof num === 'number' && Number.isInteger(num) && num >= 0 && num < buffers.length) return buffers[num];
    return new IllegalPlaceholder(num);
  }
  if (Array.isArray(data)) {
    const out = data.map((item) => fill(item, buffers));
    return out.find((item) => item instanceof IllegalPlaceholder) ?? out;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    const value = fill(record[key], buffers);
    if (value instanceof IllegalPlaceholder) return value;
    out[key] = value;
  }
  return out;
}

/** `packet` (with placeholders) plus `buffers` → the packet as the sender built it, without `attachments`. */
export function reconstructPacket(packet: SocketIoPacket, buffers: readonly Uint8Array[]): ReconstructResult {
  const data = fill(packet.data, buffers);
  if (data instanceof IllegalPlaceholder) return { ok: false, error: socketIoError('illegalPlaceholder', 0, { num: String(data.num) }) };
  const { attachments: _dropped, ...rest } = packet;
  return { ok: true, packet: { ...rest, data } };
}
