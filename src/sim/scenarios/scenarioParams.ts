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
  /**
   * permessage-deflate (RFC 7692): 'off' (the server declines the browser's offer, the default), 'deflate' (accepted as
   * ws accepts it: context takeover both ways), or 'deflate-no-context-takeover' (the server asks both ends to start each
   * message afresh). Absent: 'off'.
   */
  readonly compression?: WsCompression;
}

/** Whether the WebSocket scenario's server accepts permessage-deflate, and with which parameters. */
export type WsCompression = 'off' | 'deflate' | 'deflate-no-context-takeover';

/** How an application marks where each message ends in TCP's byte stream. */
export type Framing =
  | 'none'           // nothing: each recv() result is taken as a message (boundaries get lost)
  | 'newline'        // each message ends with "\n" (a line protocol, like SMTP or Redis's inline commands)
  | 'length-prefix'; // each message starts with its length as a 4-byte big-endian number

/** Something the reader can break in the sockets scenario, each ending in the errno a real program sees. */
export type SocketsFault =
  | 'none'
  | 'refused'       // the client connects to a port nobody listens on: RST, connect() fails with ECONNREFUSED
  | 'backlog-full'  // the listen queue is full (another client waits in it): the SYN is dropped and sent again after the RTO
  | 'reset';        // the server aborts after the first message (SO_LINGER 0: RST): the client's next send() fails with ECONNRESET, then EPIPE

/**
 * The TCP socket API (issue 11): an echo client and an iterative echo server. The server calls
 * socket, bind, listen, accept, then recv/send until recv returns 0, then close; the client calls
 * socket, connect, sends every message (one send() each, `callGapMs` apart), reads the echoes back,
 * and closes. With the defaults: the client sends "hello\n", the server echoes it, the client closes,
 * then the server closes — the exchange the examples in `examples/sockets/` make for real.
 */
export interface SocketsParams {
  /** Seeds the network's jitter, each process's wake-up delay, the initial sequence numbers and the client's port. */
  readonly seed: number;
  readonly network: NetworkParams;
  /** The application messages the client sends, in order, without framing (the framing knob adds it). */
  readonly messages: readonly string[];
  readonly framing: Framing;
  /** The port the server binds. */
  readonly port: number;
  /** listen()'s backlog: how many handshaken connections may wait for accept(). */
  readonly backlog: number;
  /** Largest payload per segment (1460 over Ethernet); small values cut one send() into several segments. */
  readonly mss: number;
  /** The size of the buffer each recv() call passes: it returns at most this many bytes. */
  readonly recvBytes: number;
  /** Time a process spends between one call returning and its next call (ms). */
  readonly callGapMs: number;
  /** A blocked call wakes up to this long after its data arrives (scheduler delay, seeded, ms). */
  readonly wakeJitterMs: number;
  /** Who closes first once the echoes are back; the other closes when recv() returns 0. */
  readonly closeBy: CloseInitiator;
  /** The client calls shutdown(SHUT_WR) right after its last send and reads the echoes on the half-closed socket. */
  readonly halfClose: boolean;
  /** Maximum segment lifetime: the side that closed first waits 2·MSL in TIME-WAIT (Linux waits 60 s in all). */
  readonly mslMs: number;
  readonly fault: SocketsFault;
}

/** Something the reader can break in the STOMP scenario. */
export type StompFault =
  | 'none'
  | 'malformed-frame'     // the last client sends a header line without a colon: the broker answers ERROR, then closes
  | 'missed-heart-beats'  // the last client stops sending heart-beats at faultAtMs: the broker gives up on it (ERROR, close 1008)
  | 'never-ack';          // the last client never ACKs: past maxPending unacknowledged messages the broker calls it a slow consumer

/** Which kind of destination the clients subscribe to: a topic (every subscriber) or a queue (one consumer, round robin). */
export type StompDestinationKind = 'topic' | 'queue';

/** One SUBSCRIBE a client sends once CONNECTED. */
export interface StompSubscribeSpec {
  readonly id: string;
  readonly destination: string;
  readonly ack: 'auto' | 'client' | 'client-individual';
  /** Ask for a RECEIPT with this id. */
  readonly receipt?: string;
}

/** One SEND: at `at` ms, client number `client` (0-based) sends `body` to `destination`. */
export interface StompSendSpec {
  readonly at: number;
  readonly client: number;
  readonly destination: string;
  readonly body: string;
  readonly contentType?: string;
  readonly receipt?: string;
}

/** An exact conversation (e.g. the interop test's) instead of the one the knobs describe. */
export interface StompScript {
  /** What each client subscribes to, in order; its length is the number of clients. */
  readonly subscriptions: readonly (readonly StompSubscribeSpec[])[];
  readonly sends: readonly StompSendSpec[];
}

/**
 * STOMP 1.2 over WebSocket (issue 10): a broker and 2–4 clients. Each client upgrades with
 * `Sec-WebSocket-Protocol: v12.stomp`, sends CONNECT, subscribes; the first client SENDs
 * `messages` messages and the broker gives them out as MESSAGE frames; at `durationMs` each
 * client sends DISCONNECT with a receipt and the broker closes.
 */
export interface StompParams {
  readonly seed: number;
  readonly durationMs: number;
  readonly network: NetworkParams;
  /** 2–4 clients (clamped). */
  readonly clients: number;
  readonly destinationKind: StompDestinationKind;
  readonly ackMode: 'auto' | 'client' | 'client-individual';
  /** How many SENDs the first client makes, spread over the window. */
  readonly messages: number;
  /** The body of each SEND, in bytes (a JSON text). */
  readonly payloadBytes: number;
  /** Both sides offer `heart-beat: n,n` (ms); 0: no heart-beats. */
  readonly heartBeatMs: number;
  /** The second client NACKs the first MESSAGE it gets (a queue gives it to the next consumer). */
  readonly nackFirst: boolean;
  /** Unacknowledged messages a subscription may hold; one more and the broker ends it as a slow consumer. */
  readonly maxPending: number;
  readonly fault: StompFault;
  /** When the fault strikes (malformed frame, silence). */
  readonly faultAtMs: number;
  /** Overrides the subscriptions and sends the knobs describe. */
  readonly script?: StompScript;
}

/** Which transports the Socket.IO client may use, in engine.io-client's `transports` order. */
export type SocketIoTransports = 'polling,websocket' | 'websocket';

/** Something the reader can put on the path of a Socket.IO session. */
export type SocketIoFault =
  | 'none'
  | 'upgrade-blocked'  // the WebSocket upgrade is refused (403): the session stays on long polling and still delivers everything
  | 'buffering-proxy'  // a buffering proxy: it passes no Upgrade and forwards only whole responses, giving up (504) on a poll held longer than proxyTimeoutMs: the session breaks and reconnects
  | 'missed-pong'      // the first pong at or after faultAtMs is lost: the server closes the session pingTimeout after its ping
  | 'server-restart'   // the server goes away at faultAtMs for downMs: the client reconnects with backoff, to a new session
  | 'no-sticky'        // two nodes behind a round-robin load balancer: the second request lands on the other node (400 Session ID unknown)
  | 'sticky';          // the same two nodes with sticky sessions: every request of a session reaches the node that made it

/** One event the client emits: at `at` ms, with or without an acknowledgement callback. */
export interface SocketIoEmit {
  readonly at: number;
  readonly ack: boolean;
}

/**
 * Socket.IO 4 (engine.io protocol 4, Socket.IO protocol 5) between socket.io-client and a socket.io server
 * whose "echo" handler answers an ack with the same arguments, else emits "echo" back. The server's
 * app events go out as "tick" events (with an ack when `tickAck`). At `durationMs` the client disconnects.
 */
export interface SocketIoParams extends CommonParams {
  readonly transports: SocketIoTransports;
  /** engine.io pingInterval and pingTimeout (ms). */
  readonly pingIntervalMs: number;
  readonly pingTimeoutMs: number;
  /** engine.io maxHttpBufferSize, announced as maxPayload. */
  readonly maxPayload: number;
  readonly clientEmits: readonly SocketIoEmit[];
  /** The server's "tick" events ask the client for an acknowledgement. */
  readonly tickAck: boolean;
  readonly fault: SocketIoFault;
  readonly faultAtMs: number;
  /** server-restart: how long the server is away. */
  readonly downMs: number;
  /** buffering-proxy: how long the proxy lets a request wait for its answer. */
  readonly proxyTimeoutMs: number;
}

/** What stands between a SockJS client and the server. */
export type SockJsFault =
  | 'none'
  | 'websocket-blocked'   // the upgrade is refused (403): the client takes the next rung, xhr-streaming
  | 'streaming-buffered'; // also a buffering proxy that sits on the streamed answer: xhr-streaming times out (2 × RTO), xhr-polling works

/**
 * SockJS (sockjs-client 1.x and sockjs-node 0.3): GET /info, then the first transport of the client's
 * ladder that works, an echo service, heartbeats every `heartbeatMs`. The client sends its messages at
 * `clientMessages`; the server's app events go out as messages; at `durationMs` the client closes.
 */
export interface SockJsParams extends CommonParams {
  readonly heartbeatMs: number;
  readonly clientMessages: readonly number[];
  readonly fault: SockJsFault;
}

/** Parameters of each scenario, by name. */
export interface ScenarioParamsMap {
  readonly polling: PollingParams;
  readonly 'long-polling': LongPollingParams;
  readonly streaming: StreamingParams;
  readonly websocket: WebSocketParams;
  readonly sockets: SocketsParams;
  readonly stomp: StompParams;
  readonly socketio: SocketIoParams;
  readonly sockjs: SockJsParams;
}

/** Parameters of scenario `N`. */
export type ScenarioParams<N extends ScenarioName = ScenarioName> = ScenarioParamsMap[N];
