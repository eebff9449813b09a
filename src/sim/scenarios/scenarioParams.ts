/**
 * What a reader can change in each HTTP scenario. Every scenario shares the
 * common part (seed, window, network, events, payload, request headers) and
 * adds its own knob.
 */
import type { EventSchedule } from '../events/eventTimes';
import type { HttpHeader, RequestHeaderOptions } from '../http';
import type { NetworkParams } from '../network/network';
import type { ScenarioName } from '../timeline/types';

/** Which request headers the client sends. */
export type HeaderSet =
  /** The HTTP codec's Chrome-like set (`defaultRequestHeaders`), with optional knobs (cookie size, Sec-Fetch …). */
  | { readonly kind: 'browser'; readonly options?: RequestHeaderOptions }
  /** Exactly these headers, e.g. after the reader edited them (framing headers are still added where a body needs them). */
  | { readonly kind: 'custom'; readonly headers: readonly HttpHeader[] };

/** Parameters every HTTP scenario takes. */
export interface CommonParams {
  /** Seeds every random stream (event arrivals, jitter): same seed, same timeline. */
  readonly seed: number;
  /** Events are generated in [0, durationMs]; without events, clients stop asking after it. */
  readonly durationMs: number;
  readonly network: NetworkParams;
  readonly events: EventSchedule;
  /** Size of each event's JSON payload (and of each client message body). */
  readonly payloadBytes: number;
  readonly headerSet: HeaderSet;
  /**
   * The server's response headers without framing (the scenario adds Content-Length or
   * Transfer-Encoding: chunked), e.g. the set a real server sent; absent: an nginx-like set.
   */
  readonly responseHeaders?: readonly HttpHeader[];
}

/** Short polling: ask every `intervalMs`. */
export interface PollingParams extends CommonParams {
  /** Time from one poll's send to the next (setInterval-like); a late response pushes the next poll to its arrival. */
  readonly intervalMs: number;
}

/** Long polling: the server holds each request until an event or `holdTimeoutMs`. */
export interface LongPollingParams extends CommonParams {
  readonly holdTimeoutMs: number;
}

/** How a streamed response frames events. */
export type StreamMode =
  | 'chunked' // Transfer-Encoding: chunked, one JSON event per chunk
  | 'sse';    // text/event-stream: one Server-Sent Event per chunk

/** Streaming: one long response, plus client → server messages as separate POSTs. */
export interface StreamingParams extends CommonParams {
  readonly mode: StreamMode;
  /** Times (ms) at which the client sends a message (POST /send on a second connection); times outside [0, durationMs] are dropped. */
  readonly clientMessages: readonly number[];
}

/** Something the reader can break in a WebSocket session, each ending the way a browser reports it. */
export type WebSocketFault =
  | 'none'
  | 'strip-upgrade'        // a proxy on the path drops Upgrade/Connection: the server refuses, the handshake fails (page: 1006)
  | 'masked-server-frame'  // the server masks a frame: the client fails the connection with 1002 (RFC 6455 §5.1)
  | 'invalid-utf8'         // the server sends a text message that is not UTF-8: the client fails with 1007 (§8.1)
  | 'lost-pong'            // one pong is lost: the server's heartbeat gives up and terminates the TCP connection (1006)
  | 'tcp-reset';           // the TCP connection is reset: no close frame at all (1006)

/** Who starts the closing handshake. */
export type CloseInitiator = 'client' | 'server';

/**
 * WebSocket (RFC 6455): one connection, a handshake, then frames both ways.
 * Server events become text messages; the client sends its own messages at
 * `clientMessages`; at the end of the window `closeBy` starts the closing handshake.
 */
export interface WebSocketParams extends CommonParams {
  /** wss:// (TLS on port 443) instead of ws:// (port 80). TLS set-up is one step of one round trip (TLS 1.3). */
  readonly secure: boolean;
  /** Show the TCP three-way handshake (and FIN/RST) as segments instead of a single "connection opens" step. */
  readonly tcpDetail: boolean;
  /** Largest payload per frame; a longer message is fragmented (RFC 6455 §5.4). Infinity: one frame per message. */
  readonly fragmentBytes: number;
  /** Times (ms) at which the client sends a message; times outside [0, durationMs] are dropped. */
  readonly clientMessages: readonly number[];
  /** What the client sends: JSON text (opcode 0x1) or the same bytes as a binary message (opcode 0x2). Server events are always text. */
  readonly clientMessageType: 'text' | 'binary';
  /** The server pings every this many ms and expects a pong before the next ping; 0: no heartbeat. */
  readonly pingIntervalMs: number;
  readonly closeBy: CloseInitiator;
  /** Status code of the Close frame that starts the closing handshake (RFC 6455 §7.4). */
  readonly closeCode: number;
  readonly closeReason: string;
  readonly fault: WebSocketFault;
  /** When the fault strikes: the first frame (or pong) of its kind sent at or after this time, or the reset's time. */
  readonly faultAtMs: number;
}

/** Parameters of each scenario, by name. */
export interface ScenarioParamsMap {
  readonly polling: PollingParams;
  readonly 'long-polling': LongPollingParams;
  readonly streaming: StreamingParams;
  readonly websocket: WebSocketParams;
}

/** Parameters of scenario `N`. */
export type ScenarioParams<N extends ScenarioName = ScenarioName> = ScenarioParamsMap[N];
