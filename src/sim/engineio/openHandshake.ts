/**
 * The open packet's JSON (engine.io protocol v4, "Handshake"): what the server
 * tells a new client — its session id, the transports it may upgrade to, the
 * heartbeat timing and the largest payload it accepts.
 */
import { engineIoError, type EngineIoError } from './engineIoError';
import type { EngineIoPacket } from './types';

/** The handshake data of an open packet. */
export interface OpenHandshake {
  readonly sid: string;
  readonly upgrades: readonly string[];
  /** Milliseconds between the server's pings. */
  readonly pingInterval: number;
  /** Milliseconds the server waits for a pong before it closes the session. */
  readonly pingTimeout: number;
  /** Largest payload (bytes) the server accepts: its maxHttpBufferSize. */
  readonly maxPayload: number;
}

/** The open packet carrying `handshake`, with the members in the order engine.io writes them. */
export function encodeOpenPacket(handshake: OpenHandshake): EngineIoPacket {
  const { sid, upgrades, pingInterval, pingTimeout, maxPayload } = handshake;
  return { type: 'open', data: JSON.stringify({ sid, upgrades, pingInterval, pingTimeout, maxPayload }) };
}

/** Reads an open packet's data; never throws. The offset of an error counts from the data's first character. */
export function parseOpenHandshake(data: string): { readonly ok: true; readonly handshake: OpenHandshake } | { readonly ok: false; readonly error: EngineIoError } {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return { ok: false, error: engineIoError('openNotJson', 0) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: engineIoError('openNotJson', 0) };
  const o = value as Record<string, unknown>;
  const missing = (field: string) => ({ ok: false as const, error: engineIoError('openMissingField', 0, { field }) });
  if (typeof o.sid !== 'string') return missing('sid');
  if (!Array.isArray(o.upgrades) || !o.upgrades.every((u) => typeof u === 'string')) return missing('upgrades');
  if (typeof o.pingInterval !== 'number') return missing('pingInterval');
  if (typeof o.pingTimeout !== 'number') return missing('pingTimeout');
  if (typeof o.maxPayload !== 'number') return missing('maxPayload');
  return { ok: true, handshake: { sid: o.sid, upgrades: o.upgrades as string[], pingInterval: o.pingInterval, pingTimeout: o.pingTimeout, maxPayload: o.maxPayload } };
}
