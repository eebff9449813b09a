/**
 * The timeline: the only thing views read. A scenario turns parameters into one
 * `Timeline`; components then ask "what is happening at simulated time t?".
 * All times are simulated milliseconds from the start of the scenario.
 */

/** Who a lifeline belongs to. Several clients may share one server; a proxy sits between them in some scenarios. */
export type ActorRole = 'client' | 'server' | 'proxy';

/** One lifeline in the sequence diagram. `id` is stable ("client", "server", "client-2"). */
export interface Actor {
  readonly id: string;
  readonly role: ActorRole;
}

/**
 * A caption is an i18n key plus the values it interpolates. The simulator never
 * holds UI text: `src/i18n` maps every `CaptionKey` to a sentence per language.
 */
export interface Caption {
  readonly key: CaptionKey;
  readonly values?: Readonly<Record<string, string | number>>;
}

/** Every caption the simulator can emit. `src/i18n` must translate each one. */
export type CaptionKey =
  | 'step.send'            // {from, to, summary, bytes}
  | 'step.arrive'          // {to, summary, bytes}
  | 'step.hold'            // {actor, summary}
  | 'step.release'         // {actor, reason}
  | 'step.timer'           // {actor, timer, ms}
  | 'step.appEvent'        // {id}
  | 'step.deliver'         // {id, latency}
  | 'step.connectionOpen'  // {actor, connection}
  | 'step.connectionClose' // {actor, connection}
  | 'step.idle'            // {actor}
  | 'step.lost'            // {from, to, summary, bytes}
  | 'step.tlsReady'        // {actor, connection}
  | 'step.wsOpen'          // {actor, connection}
  | 'step.wsClose'         // {actor, code, reason, wasClean, cause}
  | 'step.tcpReset'        // {actor, connection}
  | SocketCaptionKey;

/** The sockets lesson's captions: translated in their own area (`i18n/sockets.ts`), so other lessons do not ship them. */
export type SocketCaptionKey =
  // One key per system call and outcome, {actor, call, fd, args, result, data}.
  | 'step.sys.socket' | 'step.sys.bind' | 'step.sys.listen'
  | 'step.sys.acceptEnter' | 'step.sys.accept' | 'step.sys.connectEnter' | 'step.sys.connect'
  | 'step.sys.send' | 'step.sys.recvEnter' | 'step.sys.recv' | 'step.sys.recvEof'
  | 'step.sys.shutdown' | 'step.sys.close' | 'step.sys.closeAbort' | 'step.sys.error'
  | 'step.tcpState'        // {actor, fd, state}
  | 'step.synDropped'      // {actor, fd, backlog}
  | 'step.appMessage';     // {actor, index, text}

/**
 * One annotated field of a message: bytes [start, end) and optionally bits
 * [bitStart, bitEnd) counted from the most significant bit of byte `start`.
 * A message's fields tile its bytes exactly (no gap, no overlap) — a test checks it.
 */
export interface Field {
  /** Stable machine name, e.g. "request-line", "header:Host", "crlf", "chunk-size". */
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly bitStart?: number;
  readonly bitEnd?: number;
  /** The field's value as text a learner can read (e.g. "GET", "412", "keep-alive"). */
  readonly value: string;
  /** i18n key explaining the field ("field.host"); views translate it. */
  readonly meaning: string;
}

/** What protocol unit a transfer carries; decides how the inspector titles it. */
export type TransferKind =
  | 'http-request'
  | 'http-response'       // a complete response (head + body)
  | 'http-response-head'  // the head of a streamed response (status line + headers)
  | 'http-chunk'          // one chunk of a chunked body, incl. the last 0-size chunk
  | 'sse-event'           // one SSE event inside a chunked text/event-stream body
  | 'ws-frame'
  | 'tcp-segment';        // a TCP segment (20-byte header + payload): kept out of byte metrics except in the sockets scenario, where it is all there is

/** One message on the wire, with its exact bytes and their annotation. */
export interface Transfer {
  readonly id: number;
  readonly kind: TransferKind;
  readonly from: string;
  readonly to: string;
  /** Which TCP connection carries it (1-based, per scenario). */
  readonly connection: number;
  /** First bit leaves the sender. */
  readonly sentAt: number;
  /** Last bit reaches the receiver (sentAt + serialization + latency + jitter). */
  readonly arrivedAt: number;
  readonly bytes: Uint8Array;
  readonly fields: readonly Field[];
  /** Bytes that are protocol overhead (start line, headers, chunk framing …). */
  readonly headerBytes: number;
  /** Bytes that are application payload. headerBytes + payloadBytes === bytes.length. */
  readonly payloadBytes: number;
  /** Short human label, e.g. "GET /poll", "200 OK", "chunk 3". Not translated: it is protocol text. */
  readonly summary: string;
  /** App events this transfer carries to the client (ids), if any. */
  readonly carries: readonly number[];
  /** True when the network dropped it: it never arrives, and `arrivedAt` is when it vanished (half way). */
  readonly lost?: boolean;
  /** Messages carried inside this one (DESIGN §3a), outermost first: e.g. a STOMP frame inside a WebSocket frame's payload. */
  readonly layers?: readonly TransferLayer[];
}

/** A protocol that can ride inside another one's bytes. */
export type LayerProtocol = 'ws' | 'stomp' | 'engineio' | 'socketio' | 'sockjs' | 'http' | 'tcp';

/**
 * An inner message inside a transfer's bytes: the range [start, end) of the
 * transfer's `bytes` it occupies and its own fields, with offsets relative to
 * the transfer's bytes so every layer draws over the same hex. `fieldsTileLayer`
 * checks that the fields tile the range.
 */
export interface TransferLayer {
  readonly protocol: LayerProtocol;
  readonly range: readonly [start: number, end: number];
  readonly fields: readonly Field[];
}

/** A server holding a request open (long polling) or a response open (streaming). */
export interface Hold {
  readonly actor: string;
  readonly connection: number;
  /** The request being held. */
  readonly requestId: number;
  readonly from: number;
  readonly until: number;
  readonly reason: 'event' | 'timeout' | 'end';
}

/** An application event generated at the server, and when (if) a client got it. */
export interface AppEvent {
  readonly id: number;
  readonly generatedAt: number;
  /** Set once a transfer carrying it arrived at the client; undefined if never delivered. */
  readonly deliveredAt?: number;
  readonly payload: string;
}

/** A step: one thing that happens, in time order. A discriminated union on `kind`. */
export type Step =
  | { readonly kind: 'send'; readonly time: number; readonly actor: string; readonly transferId: number; readonly caption: Caption }
  | { readonly kind: 'arrive'; readonly time: number; readonly actor: string; readonly transferId: number; readonly caption: Caption }
  | { readonly kind: 'hold'; readonly time: number; readonly actor: string; readonly holdIndex: number; readonly caption: Caption }
  | { readonly kind: 'timer'; readonly time: number; readonly actor: string; readonly timer: TimerName; readonly caption: Caption }
  | { readonly kind: 'state'; readonly time: number; readonly actor: string; readonly state: ConnectionState; readonly connection: number; readonly caption: Caption }
  | { readonly kind: 'app-event'; readonly time: number; readonly actor: string; readonly eventId: number; readonly caption: Caption }
  | { readonly kind: 'deliver'; readonly time: number; readonly actor: string; readonly eventId: number; readonly latency: number; readonly caption: Caption }
  | { readonly kind: 'lost'; readonly time: number; readonly actor: string; readonly transferId: number; readonly caption: Caption }
  | { readonly kind: 'ws-close'; readonly time: number; readonly actor: string; readonly close: WsCloseReport; readonly caption: Caption }
  | SyscallStep
  | { readonly kind: 'tcp-state'; readonly time: number; readonly actor: string; readonly fd: number; readonly connection: number; readonly state: TcpStateName; readonly note?: 'syn-dropped'; readonly caption: Caption }
  | { readonly kind: 'app-message'; readonly time: number; readonly actor: string; readonly fd: number; readonly index: number; readonly text: string; readonly caption: Caption };

/** The BSD socket calls the sockets scenario draws. */
export type SocketCall = 'socket' | 'bind' | 'listen' | 'accept' | 'connect' | 'send' | 'recv' | 'shutdown' | 'close';

/** A socket's TCP state (RFC 9293 §3.3.2). */
export type TcpStateName =
  | 'CLOSED' | 'LISTEN' | 'SYN-SENT' | 'SYN-RECEIVED' | 'ESTABLISHED'
  | 'FIN-WAIT-1' | 'FIN-WAIT-2' | 'CLOSE-WAIT' | 'CLOSING' | 'LAST-ACK' | 'TIME-WAIT';

/**
 * A process makes a system call. A blocking call (accept, connect, recv) has an `enter` step and a
 * `return` step later; the others return at once and have only a `return` step.
 */
export interface SyscallStep {
  readonly kind: 'syscall';
  readonly time: number;
  readonly actor: string;
  readonly call: SocketCall;
  readonly phase: 'enter' | 'return';
  /** The socket it acts on (the new one for socket(); -1 when there is none yet). */
  readonly fd: number;
  /** Its arguments as a program would write them (display values: "3", "AF_INET", "\"hello\\n\"", "SHUT_WR"). */
  readonly args: readonly string[];
  /** On return: bytes or a new fd (a number), or the errno name of a failed call ("ECONNREFUSED"). */
  readonly result?: number | string;
  /** The bytes sent or received, as text with escapes, when the call moved data. */
  readonly data?: string;
  readonly caption: Caption;
}

export type StepKind = Step['kind'];
export type TimerName = 'poll-interval' | 'hold-timeout' | 'send-message' | 'heartbeat' | 'close' | 'retransmit' | 'time-wait' | 'ping-timeout' | 'reconnect' | 'upgrade-check' | 'transport-timeout';
/**
 * A connection's life: TCP `open`, TLS `secured` (wss), WebSocket `upgraded` (101 accepted),
 * `closed` (orderly FIN) or `reset` (RST, or dropped without a closing handshake).
 */
export type ConnectionState = 'open' | 'secured' | 'upgraded' | 'closed' | 'reset';

/** Why a WebSocket ended the way it did, as the page's `error` + `close` events would tell it. */
export type WsCloseCause =
  | 'normal'              // the closing handshake completed
  | 'handshake-failed'    // the server did not answer 101 (e.g. a proxy stripped Upgrade): onerror, then onclose 1006
  | 'protocol-error'      // the peer broke a framing rule (a masked server frame): Close 1002 sent, TCP dropped
  | 'invalid-payload'     // a text message was not UTF-8: Close 1007 sent, TCP dropped
  | 'heartbeat-timeout'   // no pong in time: the server terminated the TCP connection
  | 'tcp-reset';          // the connection was reset: no close frame at all

/**
 * What one endpoint's WebSocket API reports when the connection ends (WHATWG WebSockets
 * `CloseEvent`; RFC 6455 §7.1.5): the code of the Close frame received, 1005 if it had none,
 * 1006 if no Close frame arrived at all.
 */
export interface WsCloseReport {
  readonly code: number;
  readonly reason: string;
  /** True only when the closing handshake completed and then TCP closed (RFC 6455 §7.1.4). */
  readonly wasClean: boolean;
  readonly cause: WsCloseCause;
  /** The code this endpoint put in the Close frame it sent when failing the connection (1002, 1007), if any. */
  readonly sentCode?: number;
  /** The page saw an `error` event before `close` (a failed connection). */
  readonly error: boolean;
}

/** Numbers derived from the steps; every figure on screen comes from here or a codec. */
export interface Metrics {
  readonly events: number;
  readonly delivered: number;
  readonly latency: { readonly mean: number; readonly p95: number; readonly max: number; readonly min: number };
  readonly requests: number;
  /** Responses that carried no app event (polling's wasted round trips, long-poll time-outs). */
  readonly emptyResponses: number;
  readonly connectionsOpened: number;
  readonly headerBytes: { readonly up: number; readonly down: number };
  readonly payloadBytes: { readonly up: number; readonly down: number };
  readonly totalBytes: number;
}

export type ScenarioName = 'polling' | 'long-polling' | 'streaming' | 'websocket' | 'sockets' | 'stomp' | 'socketio' | 'sockjs';

export interface Timeline {
  readonly scenario: ScenarioName;
  readonly actors: readonly Actor[];
  /** Sorted by (time, insertion order). */
  readonly steps: readonly Step[];
  /** Indexed by id (transfers[i].id === i), sorted by sentAt. */
  readonly transfers: readonly Transfer[];
  readonly holds: readonly Hold[];
  readonly events: readonly AppEvent[];
  readonly metrics: Metrics;
  /** Time of the last step (ms). */
  readonly duration: number;
}

/** A transfer on the wire at time t, with how far it has travelled (0..1). */
export interface InFlight {
  readonly transfer: Transfer;
  readonly progress: number;
}

/** What is true at simulated time t: the snapshot a view draws. */
export interface TimelineState {
  readonly time: number;
  /** Index of the last step with step.time <= t, or -1 before the first. */
  readonly stepIndex: number;
  readonly inFlight: readonly InFlight[];
  /** Holds active at t (from <= t < until). */
  readonly holding: readonly Hold[];
  /** Number of events generated / delivered up to and including t. */
  readonly generated: number;
  readonly delivered: number;
}
