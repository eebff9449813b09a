/**
 * What a transport (poll, long poll, SSE, WebSocket) reports to the live panel
 * while connected, and what the panel can ask of it. Each link is an adapter
 * over one browser API; the panel's state class owns it and disposes of it.
 */
import type { HttpHeader } from '../../sim';
import type { ClockSample } from './clockSample';
import type { ModelRequest } from './modelRequestHead';
import type { HeaderLineSize } from './requestHeadDiff';

/** Where a byte count came from: the browser measured it, or it was computed from what arrived. */
export type BytesSource = 'resource-timing' | 'stream' | 'computed';

/** One session event as it reached the page. */
export interface ArrivedEvent {
  readonly id: number;
  readonly kind: 'tick' | 'message';
  /** Server clock (epoch ms). */
  readonly generatedAt: number;
  /** Client clock (epoch ms). */
  readonly arrivedAt: number;
  /** Bytes on the wire this event cost (its share of an answer that carried several). */
  readonly wireBytes: number;
  readonly bytesBy: BytesSource;
  /** Bytes the server wrote for it: a one-event answer's JSON body, the SSE data, the WebSocket message. */
  readonly payloadBytes: number;
}

/** One request the technique made (a poll, a long poll, the SSE request, the WebSocket handshake). */
export interface MadeRequest {
  /** Request head bytes the server counted, when it reported them. */
  readonly requestHeadBytes?: number;
  /** The header lines the server received (names and sizes), when it reported them. */
  readonly requestHeaderLines?: readonly HeaderLineSize[];
  /** What the page asked for, so the header model can write the same request. */
  readonly sent?: ModelRequest;
  /** The answer's headers, as the page could read them. */
  readonly responseHeaders?: readonly HttpHeader[];
}

/** Why a link stopped. */
export type LinkEnd =
  | { readonly kind: 'closed-by-reader' }
  | { readonly kind: 'unreachable' }
  | { readonly kind: 'http-error'; readonly status: number; readonly error: string }
  | { readonly kind: 'stream-end'; readonly reason: string }
  | { readonly kind: 'ws-close'; readonly code: number; readonly reason: string; readonly wasClean: boolean };

/** Where a link reports. */
export interface LinkSink {
  event(event: ArrivedEvent): void;
  request(request: MadeRequest): void;
  clock(sample: ClockSample): void;
  ended(end: LinkEnd): void;
}

/** What every link is given. */
export interface LinkOptions {
  /** Origin of the HTTP endpoints, e.g. "http://127.0.0.1:4321". */
  readonly httpBase: string;
  /** Origin of the WebSocket endpoint, e.g. "ws://127.0.0.1:4321". */
  readonly wsBase: string;
  readonly session: string;
  readonly rate: number;
  readonly pollIntervalMs: number;
  readonly holdTimeoutMs: number;
  /** Client clock, epoch ms (performance.timeOrigin + performance.now() in a page). */
  readonly now: () => number;
  readonly sink: LinkSink;
}

/** A connected technique. */
export interface LiveLink {
  /** Sends a message: over the socket for WebSocket, as POST /api/send otherwise. */
  send(text: string): Promise<void>;
  /** Changes the session's tick rate. */
  setRate(rate: number): Promise<void>;
  close(): void;
}
