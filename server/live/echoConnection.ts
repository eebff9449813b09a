/**
 * One accepted WebSocket on /ws. Two behaviours, chosen by subprotocol:
 *
 * - plain (`echo`, or none): every message comes back exactly as it was sent
 *   (same opcode, same bytes); pings are answered by `ws`; a Close comes back
 *   with the client's own code. Nothing else is ever sent.
 * - lab (`socketlab.v1`): every text message the server sends is a JSON
 *   `LabMessage`: a `hello`, an `echo` envelope for each text message, the
 *   session's `event`s (with `?session=`), and `mirror` reports (with `?mirror=1`).
 *   Binary messages still come back as they were sent: the server never sends
 *   binary otherwise, so they cannot be mistaken for anything else.
 */
import type { Duplex } from 'node:stream';
import type { RawData, WebSocket } from 'ws';
import { CLOSE_GOING_AWAY } from '../../src/sim/index';
import type { Clock } from './clock';
import { FrameMirror } from './frameMirror';
import { LAB_PROTOCOL, type LabMessage } from './liveMessages';
import type { LiveEvent, LiveSession } from './liveSession';
import type { HeaderByteCount } from './requestHeaderBytes';

/** How the connection behaves (see above). */
export type EchoMode = 'plain' | 'lab';

/** Everything an accepted connection needs. */
export interface EchoConnectionOptions {
  readonly ws: WebSocket;
  /** The upgraded socket under `ws`, for the frame mirror's tap. */
  readonly socket: Duplex;
  readonly mode: EchoMode;
  readonly clock: Clock;
  readonly maxPayloadBytes: number;
  readonly maxBufferedBytes: number;
  readonly idleTimeoutMs: number;
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

// Shared options objects: `send` is the hot path of the echo.
const AS_BINARY = { binary: true } as const;
const AS_TEXT = { binary: false } as const;

/** An accepted /ws connection. */
export class EchoConnection {
  readonly ws: WebSocket;
  private readonly options: EchoConnectionOptions;
  private readonly mirror: FrameMirror | undefined;
  private unsubscribe: (() => void) | undefined;
  // Set by anything the client sends (pongs included); the idle sweep clears it.
  private active = true;
  private pinged = false;

  constructor(options: EchoConnectionOptions) {
    this.options = options;
    const ws = (this.ws = options.ws);
    // Protocol errors are answered by ws itself (a Close frame with the right code); nothing to add here.
    ws.on('error', ignore);
    ws.on('close', () => this.dispose());
    ws.on('pong', this.onControl);
    ws.on('ping', this.onControl);
    if (options.mode === 'plain') {
      ws.on('message', this.onPlainMessage);
      return;
    }
    ws.on('message', this.onLabMessage);
    if (options.mirror) {
      this.mirror = new FrameMirror({ clock: options.clock, maxPayload: options.maxPayloadBytes, send: (text) => this.sendText(text) });
      // Before ws's own listener, so each frame is read as it arrived and reported in order.
      options.socket.prependListener('data', this.mirror.tap);
    }
    this.hello();
    const session = options.session;
    if (session) {
      // Replay and subscribe in one go, so no event falls between them.
      if (options.since !== undefined) for (const event of session.replay(options.since).events) this.pushEvent(event);
      this.unsubscribe = session.subscribe((event) => this.pushEvent(event));
    }
  }

  /**
   * One beat of the idle sweep (every idleTimeoutMs / 2): a connection that sent
   * nothing since the last beat is pinged; if it stays silent until the next
   * one, it is closed with 1001. So a silent peer goes after 1 to 1.5 × idleTimeoutMs.
   */
  sweep(): void {
    if (this.active) {
      this.active = false;
      this.pinged = false;
    } else if (!this.pinged) {
      this.pinged = true;
      this.ws.ping();
    } else {
      this.ws.close(CLOSE_GOING_AWAY, IDLE_CLOSE_REASON);
    }
  }

  private readonly onPlainMessage = (data: RawData, isBinary: boolean): void => {
    this.active = true;
    const ws = this.ws;
    // A client that sends without reading would make us buffer its echoes without end.
    if (ws.bufferedAmount > this.options.maxBufferedBytes) return ws.terminate();
    ws.send(data as Buffer, isBinary ? AS_BINARY : AS_TEXT);
  };

  private readonly onLabMessage = (data: RawData, isBinary: boolean): void => {
    this.active = true;
    const { clock } = this.options;
    if (isBinary) {
      if (this.ws.bufferedAmount > this.options.maxBufferedBytes) return this.ws.terminate();
      this.ws.send(data as Buffer, AS_BINARY);
    } else {
      const receivedAt = clock.now();
      this.sendMessage({ type: 'echo', data: (data as Buffer).toString('utf8'), receivedAt, writtenAt: clock.now() });
    }
    this.mirror?.afterEvent();
  };

  private readonly onControl = (): void => {
    this.active = true;
    this.mirror?.afterEvent();
  };

  private hello(): void {
    const { clock, session, mirror, maxPayloadBytes, idleTimeoutMs, receivedAt, headerBytes } = this.options;
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
    });
  }

  private pushEvent(event: LiveEvent): void {
    this.sendMessage({ type: 'event', event, writtenAt: this.options.clock.now() });
  }

  private sendMessage(message: LabMessage): void {
    this.sendText(JSON.stringify(message));
  }

  private sendText(text: string): void {
    const ws = this.ws;
    if (ws.readyState !== ws.OPEN) return;
    if (ws.bufferedAmount > this.options.maxBufferedBytes) return ws.terminate();
    ws.send(text);
  }

  private dispose(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}

function ignore(): void {}
