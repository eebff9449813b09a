/**
 * A timeline's packets as a capture records them: every TCP segment the shared
 * segment layer lays (handshake, data cut at the MSS, ACKs, FIN/ACK or RST),
 * wrapped in IPv4, stamped with the simulated time it left its sender. One
 * vantage point per packet — its sender — so a segment the network loses is
 * recorded once, leaving, and never again (the simulation does not retransmit
 * it). On connections the timeline secured with TLS (wss) each message travels
 * as one opaque TLS record (`tlsRecordTransfer`).
 */
import { createPrng } from '../engine/createPrng';
import { deriveSeed } from '../engine/deriveSeed';
import { layTcpSegments } from '../tcp/layTcpSegments';
import type { TcpSegmentData } from '../tcp/tcpSegmentData';
import type { Timeline, Transfer } from '../timeline/types';
import { captureAddresses } from './captureAddresses';
import { ipv4Packet } from './ipv4Packet';
import { tlsRecordTransfer } from './tlsRecordTransfer';

/** How a capture is made. */
export interface CaptureOptions {
  /** The scenario's seed: it seeds ISNs, the client's port, IP identification and TLS stand-in bytes. Default 0. */
  readonly seed?: number;
  /** Largest TCP payload per segment (default 1460). */
  readonly mss?: number;
  /** Advertised receive window (default 64240). */
  readonly window?: number;
  /** The server's port on plain connections (default 80); connections secured with TLS use 443. */
  readonly serverPort?: number;
  /** One-way delay for segments the timeline has no transfer for (default: its fastest transfer's). */
  readonly oneWayMs?: number;
}

/** One recorded packet. */
export interface CapturedPacket {
  /** Simulated milliseconds when it left its sender. */
  readonly time: number;
  /** IPv4 header, TCP header, data. */
  readonly bytes: Uint8Array;
  readonly segment: TcpSegmentData;
  /** A note for the reader of the capture (e.g. that the network lost it), if any. */
  readonly comment?: string;
}

export const HTTPS_PORT = 443;
const HTTP_PORT = 80;

/** Connections with a TLS set-up step (wss). */
export function securedConnections(timeline: Timeline): ReadonlySet<number> {
  const out = new Set<number>();
  for (const step of timeline.steps) if (step.kind === 'state' && step.state === 'secured') out.add(step.connection);
  return out;
}

/** Every packet of `timeline`, in the order they left their senders. */
export function capturePackets(timeline: Timeline, options: CaptureOptions = {}): CapturedPacket[] {
  const seed = options.seed ?? 0;
  const segments = captureSegments(timeline, options);
  const addresses = captureAddresses(timeline.actors);
  const ids = new Map<string, number>();
  return segments.map((segment) => {
    const src = addresses.get(segment.from) ?? [0, 0, 0, 0];
    const dst = addresses.get(segment.to) ?? [0, 0, 0, 0];
    // Identification counts up per sender from a seeded start, as a kernel's per-socket counter would.
    const id = ids.get(segment.from) ?? createPrng(deriveSeed(seed, `ip-id:${segment.from}`)).nextInt(0, 0x10000);
    ids.set(segment.from, id + 1);
    const bytes = ipv4Packet(segment, { src, dst, id });
    const comment = segment.lost ? `Lost in the network: this segment left ${segment.from} but never reached ${segment.to}.` : undefined;
    return { time: segment.sentAt, bytes, segment, comment };
  });
}

/** The segments, laid per kind of connection (plain on `serverPort`, TLS on 443), merged in send order. */
function captureSegments(timeline: Timeline, options: CaptureOptions): TcpSegmentData[] {
  const seed = options.seed ?? 0;
  const base = { seed, mss: options.mss, window: options.window };
  if (timeline.transfers.length > 0 && timeline.transfers.every((t) => t.kind === 'tcp-segment')) return layTcpSegments(timeline, base);
  const secured = securedConnections(timeline);
  // Segments a scenario draws itself (the WebSocket widget's TCP detail) are laid again here, for every byte.
  const messages = timeline.transfers.filter((t) => t.kind !== 'tcp-segment');
  const oneWayMs = options.oneWayMs ?? fastestTransfer(messages);
  const plain = messages.filter((t) => !secured.has(t.connection));
  const tls = messages.filter((t) => secured.has(t.connection)).map((t) => tlsRecordTransfer(t, seed));
  const lay = (transfers: Transfer[], serverPort: number): TcpSegmentData[] =>
    transfers.length === 0 ? [] : layTcpSegments({ ...timeline, transfers }, { ...base, oneWayMs, serverPort });
  // A stable sort keeps each connection's own order among segments that leave at the same moment.
  return [...lay(plain, options.serverPort ?? HTTP_PORT), ...lay(tls, HTTPS_PORT)].sort((a, b) => a.sentAt - b.sentAt);
}

/** The least time any delivered transfer took: the one-way delay the segment layer would assume. */
function fastestTransfer(transfers: readonly Transfer[]): number {
  let fastest = Infinity;
  for (const t of transfers) if (!t.lost && t.arrivedAt - t.sentAt < fastest) fastest = t.arrivedAt - t.sentAt;
  return Number.isFinite(fastest) ? fastest : 0;
}
