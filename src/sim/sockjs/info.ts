/**
 * SockJS's `GET <base>/info` answer (sockjs-protocol 0.3.3, "Info test"): the
 * client asks it first, to learn whether the server takes WebSockets, whether
 * its transports need cookies (sticky sessions behind a load balancer), which
 * origins are allowed, and a random number for the browser's entropy; the
 * round trip also measures the latency the client picks its timeouts from.
 */
import { fillGaps } from '../bytes/fillGaps';
import { jsonParts } from '../bytes/jsonParts';
import { encodeUtf8 } from '../bytes/utf8';
import { previewText } from '../http/previewText';
import type { Field } from '../timeline/types';

/** The /info JSON. */
export interface SockJsInfo {
  readonly websocket: boolean;
  readonly origins: readonly string[];
  readonly cookie_needed: boolean;
  /** A random 32-bit number; the caller supplies it (the simulator has no randomness of its own). */
  readonly entropy: number;
}

/** The body sockjs-node writes (members in its order), with fields that tile it. */
export function encodeSockJsInfo(info: SockJsInfo): { readonly text: string; readonly bytes: Uint8Array; readonly fields: Field[] } {
  const text = JSON.stringify({ websocket: info.websocket, origins: info.origins, cookie_needed: info.cookie_needed, entropy: info.entropy });
  const bytes = encodeUtf8(text);
  const members: Field[] = (jsonParts(bytes)?.parts ?? []).map((p) => ({
    name: `info:${p.key ?? ''}`, start: p.start, end: p.end, value: previewText(bytes, p.start, p.end),
    meaning: `sockjsfield.info.${p.key ?? ''}`,
  }));
  return { text, bytes, fields: fillGaps(bytes, members, 0, bytes.length, 'json-syntax', 'sockjsfield.jsonSyntax') };
}

/** Reads an /info body; undefined unless it has the four members with their types. Never throws. */
export function parseSockJsInfo(body: string): SockJsInfo | undefined {
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(body) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (typeof v !== 'object' || v === null) return undefined;
  if (typeof v.websocket !== 'boolean' || typeof v.cookie_needed !== 'boolean' || typeof v.entropy !== 'number') return undefined;
  if (!Array.isArray(v.origins) || !v.origins.every((o) => typeof o === 'string')) return undefined;
  return { websocket: v.websocket, origins: v.origins as string[], cookie_needed: v.cookie_needed, entropy: v.entropy };
}
