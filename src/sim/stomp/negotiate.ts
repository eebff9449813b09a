/**
 * Protocol negotiation (STOMP 1.2 "Protocol Negotiation", "Heart-beating"):
 * pure functions a client, a broker and the simulator share.
 */
import type { StompVersion } from './types';

/** Versions this codec speaks, oldest first. */
export const STOMP_VERSIONS: readonly StompVersion[] = ['1.0', '1.1', '1.2'];

/**
 * The highest version both sides speak. A CONNECT without `accept-version` is a
 * 1.0 client; undefined when nothing in common (the broker answers ERROR with `version`).
 */
export function negotiateVersion(acceptVersion: string | undefined, supported: readonly StompVersion[] = STOMP_VERSIONS): StompVersion | undefined {
  if (acceptVersion === undefined) return supported.includes('1.0') ? '1.0' : undefined;
  const offered = new Set(acceptVersion.split(',').map((v) => v.trim()));
  let best: StompVersion | undefined;
  for (const v of supported) if (offered.has(v) && (best === undefined || v > best)) best = v;
  return best;
}

/** A `heart-beat` header: [cx, cy] from a client, [sx, sy] from a broker, in milliseconds. */
export type HeartBeat = readonly [send: number, receive: number];

/** Reads `heart-beat: x,y` (two non-negative integers); absent means 0,0; undefined when malformed. */
export function parseHeartBeat(value: string | undefined): HeartBeat | undefined {
  if (value === undefined) return [0, 0];
  const m = /^\s*([0-9]{1,9})\s*,\s*([0-9]{1,9})\s*$/.exec(value);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** How often each side must send something, in ms (0: never). */
export interface HeartBeatPlan {
  /** Client → broker: 0 if cx or sy is 0, else max(cx, sy). */
  readonly clientToServer: number;
  /** Broker → client: 0 if sx or cy is 0, else max(sx, cy). */
  readonly serverToClient: number;
}

/** Combines the client's CONNECT `heart-beat` and the broker's CONNECTED one. */
export function negotiateHeartBeat(client: HeartBeat, server: HeartBeat): HeartBeatPlan {
  const [cx, cy] = client;
  const [sx, sy] = server;
  return {
    clientToServer: cx === 0 || sy === 0 ? 0 : Math.max(cx, sy),
    serverToClient: sx === 0 || cy === 0 ? 0 : Math.max(sx, cy),
  };
}
