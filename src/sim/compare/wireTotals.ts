/**
 * Sums over a timeline's serialized transfers: the one source of every byte
 * and request figure on the compare page and in the scale calculator.
 */
import type { Timeline, Transfer } from '../timeline/types';

/** Header and payload bytes one way. */
export interface ByteSplit {
  readonly header: number;
  readonly payload: number;
}

/** Everything a run put on the wire, by direction, plus the HTTP requests among it. */
export interface WireTotals {
  /** client → server */
  readonly up: ByteSplit;
  /** server → client */
  readonly down: ByteSplit;
  readonly requests: number;
  /** Protocol messages counted (TCP segments excluded). */
  readonly messages: number;
}

/** True for the transfers whose bytes count: TCP segments are drawn to teach the handshake, not weighed (their bytes are a model). */
export function countsOnWire(transfer: Transfer): boolean {
  return transfer.kind !== 'tcp-segment';
}

/** Sums header and payload bytes of every counted transfer of `timeline`, split by direction. */
export function wireTotals(timeline: Timeline): WireTotals {
  const clients = new Set(timeline.actors.filter((a) => a.role === 'client').map((a) => a.id));
  let upHeader = 0;
  let upPayload = 0;
  let downHeader = 0;
  let downPayload = 0;
  let requests = 0;
  let messages = 0;
  for (const transfer of timeline.transfers) {
    if (!countsOnWire(transfer)) continue;
    messages++;
    if (transfer.kind === 'http-request') requests++;
    if (clients.has(transfer.from)) {
      upHeader += transfer.headerBytes;
      upPayload += transfer.payloadBytes;
    } else {
      downHeader += transfer.headerBytes;
      downPayload += transfer.payloadBytes;
    }
  }
  return { up: { header: upHeader, payload: upPayload }, down: { header: downHeader, payload: downPayload }, requests, messages };
}

/** Header + payload of one direction. */
export function splitTotal(split: ByteSplit): number {
  return split.header + split.payload;
}
