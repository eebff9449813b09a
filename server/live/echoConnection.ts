/**
 * One accepted WebSocket on /ws. Two behaviours, chosen by subprotocol:
 *
 * - plain (`echo`, or none): every message comes back exactly as it was sent
 *   (same opcode, same bytes); pings are answered by `ws`; a Close comes back
 *   with the client's own code. Nothing else is ever sent.
 * - lab (`socketlab.v1`): every text message the server sends is a JSON
 *   `LabMessage`: a `hello`, an `echo` envelope for each text message (or, for
 *   a `{"request":"ping"}`, a Ping frame and a `pinged` note), the
 *   session's `event`s (with `?session=`), and `mirror` reports (with `?mirror=1`).
 *   Binary messages still come back as they were sent: the server never sends
 *   binary otherwise, so they cannot be mistaken for anything else.
 *
 * An idle connection should cost little more than ws's own: the listeners are
 * shared functions (ws calls them with `this` set to the socket) rather than
 * closures per connection, and only lab connections carry lab state.
 */
import type { Socket } from 'node:net';
import type { RawData, WebSocket } from 'ws';
import { CLOSE_GOING_AWAY, CLOSE_POLICY_VIOLATION, MAX_CONTROL_PAYLOAD } from '../../src/sim/index';
import type { Clock } from './clock';
import { FrameMirror, type MirrorBudget } from './frameMirror';
import type { GuardedConnection } from './protocolGuard';
import { parseLabRequest } from './labRequest';
import { LAB_PROTOCOL, type LabMessage } from './liveMessages';
import type { LiveEvent, LiveSession } from './liveSession';
import type { HeaderByteCount } from './requestHeaderBytes';

/** How the connection behaves (see above). */
export type EchoMode = 'plain' | 'lab';

/** Everything an accepted connection needs. */
export interface EchoConnectionOptions {
  readonly ws: WebSocket;
  /** The upgraded socket under `ws`: the idle sweep reads its byte count. */
  readonly socket: Socket;
  /** What reads the socket's bytes before ws (protocolGuard.ts): the frame mirror taps it. */
  readonly guard: GuardedConnection;
  /** The remote address the connection is counted under. */
  readonly address: string;
  readonly mode: EchoMode;
  readonly clock: Clock;
  readonly maxPayloadBytes: number;
  readonly maxBufferedBytes: number;
  readonly idleTimeoutMs: number;
  /** Pongs that may wait unsent for a client that does not read; one ping more is answered with Close 1008. */
  readonly maxPendingPongs: number;
  /** Bytes of frame-mirror reports that may wait (with `mirror`). */
  readonly mirrorBudget: MirrorBudget;
  /** Frames a message may have (ws's maxFragments): the mirror stops reading past it, as ws fails the connection. */
  readonly maxFragments: number;
  /** Lab mode: the session whose events to push, and the last id the client has seen. */
  readonly session?: LiveSession;
  readonly since?: number;
  /** Lab mode: report each received frame. */
  readonly mirror: boolean;
  /** When the upgrade request arrived, and its header bytes (for the hello). */
  readonly receivedAt: number;
  readonly headerBytes: HeaderByteCount;
}

/** Reason sent with the Close frame of a connection that fell silent. */
export const IDLE_CLOSE_REASON = 'idle time-out';
/** Reason sent with the 1008 Close frame of a client that pings without reading the pongs. */
export const PONGS_CLOSE_REASON = 'too many unread pongs';

// Shared options objects: `send` is the hot path of the echo.
const AS_BINARY = { binary: true } as const;
const AS_TEXT = { binary: false } as const;

const connections = new WeakMap<WebSocket, EchoConnection>();

/** The connection running on `ws`, if any. */
export function connectionOf(ws: WebSocket): EchoConnection | undefined {
  return connections.get(ws);
}

/** What only lab connections need. */
interface LabState {
  readonly clock: Clock;
  readonly mirror: FrameMirror | undefined;
  unsubscribe: (() => void) | undefined;
}

/** An accepted /ws connection. */
export class EchoConnection {
  readonly ws: WebSocket;
  readonly address: string;
  private readonly socket: Socket;
  private readonly maxBufferedBytes: number;
  private readonly maxPendingPongs: number;
  private readonly lab: LabState | undefined;
  /** Pongs handed to the socket and not yet flushed to the client. */
  private pendingPongs = 0;
  private pongSent: (() => void) | undefined;
  // The socket's byte count at the last idle sweep: any frame from the client (a pong too) moves it.
  private lastBytesRead: number;
  private pinged = false;

  constructor(options: EchoConnectionOptions) {
    const ws = (this.ws = options.ws);
    this.address = options.address;
    this.socket = options.socket;
    this.maxBufferedBytes = options.maxBufferedBytes;
    this.maxPendingPongs = options.maxPendingPongs;
    this.lastBytesRead = options.socket.bytesRead;
    connections.set(ws, this);
    // Protocol errors are answered by ws itself (a Close frame with the right code); nothing to add here.
    ws.on('error', ignore);
    // ws's own pong answer (autoPong, off in wsEndpoint) drops a client with 60 unsent pongs without a word; ours says 1008.
    ws.on('ping', onPing);
    if (options.mode === 'plain') {
      this.lab = undefined;
      ws.on('message', onPlainMessage);
      return;
    }
    const mirror = options.mirror ? new FrameMirror({ clock: options.clock, maxPayload: options.maxPayloadBytes, budget: options.mirrorBudget, maxFragments: options.maxFragments, send: (text) => this.sendText(text) }) : undefined;
    this.lab = { clock: options.clock, mirror, unsubscribe: undefined };
    ws.on('message', onLabMessage);
    if (mirror) {
      // Just before the guard and ws read each chunk (while the connection is open): each frame is read as it arrived and reported in order.
      options.guard.tap = mirror.tap;
      ws.on('ping', onControl);
      ws.on('pong', onControl);
    }
    this.hello(options);
    const session = options.session;
    if (session) {
      // Replay and subscribe in one go, so no event falls between them.
      if (options.since !== undefined) for (const event of session.replay(options.since).events) this.pushEvent(event);
      this.lab.unsubscribe = session.subscribe((event) => this.pushEvent(event));
    }
  }

  /**
   * One beat of the idle sweep (every idleTimeoutMs / 2): a connection that sent
   * nothing since the last beat is pinged; if it stays silent until the next
   * one, it is closed with 1001. So a silent peer goes after 1 to 1.5 × idleTimeoutMs.
   */
  sweep(): void {
    const read = this.socket.bytesRead;
    if (read !== this.lastBytesRead) {
      this.lastBytesRead = read;
      this.pinged = false;
    } else if (!this.pinged) {
      this.pinged = true;
      this.ws.ping();
    } else {
      this.ws.close(CLOSE_GOING_AWAY, IDLE_CLOSE_REASON);
    }
  }

  /** Call once the connection has closed: stops the session's events. */
  dispose(): void {
    if (this.lab) {
      this.lab.unsubscribe?.();
      this.lab.unsubscribe = undefined;
    }
  }

  /**
   * Answers a ping with a pong carrying the same payload (RFC 6455 §5.5.3). A client
   * that keeps pinging without reading would pile pongs up here: past the limit it
   * gets Close 1008 instead (queued behind the pongs; the close time-out drops it if it never reads).
   */
  answerPing(data: Buffer): void {
    const ws = this.ws;
    if (ws.readyState !== ws.OPEN) return;
    if (this.pendingPongs >= this.maxPendingPongs) {
      ws.close(CLOSE_POLICY_VIOLATION, PONGS_CLOSE_REASON);
      return;
    }
    this.pendingPongs += 1;
    this.pongSent ??= () => { this.pendingPongs -= 1; };
    ws.pong(data, false, this.pongSent);
  }

  /** The frame mirror, if this connection has one (for tests and the soak bench). */
  get mirror(): FrameMirror | undefined {
    return this.lab?.mirror;
  }

  /** Echoes a message as it came. */
  echo(data: RawData, isBinary: boolean): void {
    const ws = this.ws;
    // A client that sends without reading would make us buffer its echoes without end.
    if (ws.bufferedAmount > this.maxBufferedBytes) return ws.terminate();
    ws.send(data as Buffer, isBinary ? AS_BINARY : AS_TEXT);
  }

  /** Lab mode: binary comes back as it came, text in an `echo` envelope; then the frame reports, if any. */
  labMessage(data: RawData, isBinary: boolean): void {
    const { clock, mirror } = this.lab!;
    if (isBinary) {
      this.echo(data, true);
    } else {
      const receivedAt = clock.now();
      const text = (data as Buffer).toString('utf8');
      const request = parseLabRequest(text);
      if (request) this.ping(request.data);
      else this.sendMessage({ type: 'echo', data: text, receivedAt, writtenAt: clock.now() });
    }
    mirror?.afterEvent();
  }

  /** Lab request: a Ping frame carrying `data` (the browser will answer with a Pong by itself), then a `pinged` note. */
  private ping(data: string): void {
    const clock = this.lab!.clock;
    const payload = Buffer.from(data, 'utf8');
    if (payload.length > MAX_CONTROL_PAYLOAD) {
      const message = `A ping payload is at most ${MAX_CONTROL_PAYLOAD} bytes (RFC 6455 §5.5); this one is ${payload.length}.`;
      this.sendMessage({ type: 'request-error', request: 'ping', error: 'controlPayloadTooLong', message, writtenAt: clock.now() });
      return;
    }
    if (this.ws.readyState !== this.ws.OPEN) return;
    this.ws.ping(payload);
    this.sendMessage({ type: 'pinged', data, writtenAt: clock.now() });
  }

  /** Lab mode with mirror: ws has answered a ping (or read a pong); report it. */
  afterControl(): void {
    this.lab?.mirror?.afterEvent();
  }

  private hello(options: EchoConnectionOptions): void {
    const { clock, session, mirror, maxPayloadBytes, idleTimeoutMs, receivedAt, headerBytes } = options;
    this.sendMessage({
      type: 'hello',
      protocol: LAB_PROTOCOL,
      session: session?.id ?? null,
      mirror,
      maxPayloadBytes,
      idleTimeoutMs,
      receivedAt,
      writtenAt: clock.now(),
      requestHeaderBytes: headerBytes.bytes,
      headerBytesMeasuredBy: headerBytes.measuredBy,
      requestHeaderLines: headerBytes.lines,
    });
  }

  private pushEvent(event: LiveEvent): void {
    this.sendMessage({ type: 'event', event, writtenAt: this.lab!.clock.now() });
  }

  private sendMessage(message: LabMessage): void {
    this.sendText(JSON.stringify(message));
  }

  private sendText(text: string): void {
    const ws = this.ws;
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > this.maxBufferedBytes) return ws.terminate();
    ws.send(text);
  }
}

// The shared listeners; ws calls them with `this` set to the WebSocket.
function onPlainMessage(this: WebSocket, data: RawData, isBinary: boolean): void {
  connections.get(this)?.echo(data, isBinary);
}

function onLabMessage(this: WebSocket, data: RawData, isBinary: boolean): void {
  connections.get(this)?.labMessage(data, isBinary);
}

function onPing(this: WebSocket, data: Buffer): void {
  connections.get(this)?.answerPing(data);
}

function onControl(this: WebSocket): void {
  connections.get(this)?.afterControl();
}

function ignore(): void {}
