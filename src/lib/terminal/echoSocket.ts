/**
 * The terminal session's socket: one browser WebSocket at a time, offering the
 * echo server's `socketlab.v1` subprotocol, turned into `SessionEvent`s. The
 * socket factory and the clock are injected, so tests drive it with a fake.
 */
import { encodeClosePayload, encodeUtf8 } from '../../sim';
import { parseLabMessage, pingRequest, type MirrorError, type MirrorReport } from './labMessage';

/** The lab subprotocol: echo envelopes and the frame mirror (server/live/README.md). */
export const LAB_PROTOCOL = 'socketlab.v1';

/** The part of the browser's WebSocket this class uses. */
export interface WebSocketLike {
  binaryType: BinaryType;
  readonly protocol: string;
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  send(data: string | ArrayBuffer): void;
  close(code?: number, reason?: string): void;
}

/** Opens a WebSocket (the browser's, by default). */
export type OpenSocket = (url: string, protocols: string[]) => WebSocketLike;

/** What happened on the connection, in order, for the terminal to print. */
export type SessionEvent =
  | { readonly kind: 'connecting'; readonly url: string }
  | { readonly kind: 'open'; readonly url: string; readonly protocol: string }
  | { readonly kind: 'hello'; readonly mirror: boolean; readonly idleTimeoutMs: number; readonly requestHeaderBytes: number }
  /** The page handed a message to the browser (the frame's real bytes come back in the mirror). */
  | { readonly kind: 'sent'; readonly opcode: 'text' | 'binary' | 'close'; readonly payload: Uint8Array; readonly text?: string }
  /** A message arrived (the browser shows payloads only, never frame headers). */
  | { readonly kind: 'received'; readonly opcode: 'text' | 'binary'; readonly payload: Uint8Array; readonly text?: string }
  /** A text message came back in the lab's echo envelope; `roundTripMs` from the send, when it matched one. */
  | { readonly kind: 'echo'; readonly data: string; readonly envelopeBytes: number; readonly roundTripMs?: number }
  | { readonly kind: 'mirror'; readonly frame: MirrorReport }
  | { readonly kind: 'mirror-error'; readonly error: MirrorError }
  /** The page asked the lab server for a ping (a text frame carrying the request). */
  | { readonly kind: 'ping-requested'; readonly data: string; readonly requestBytes: number }
  /** The server sent a Ping frame with `data`; the browser answers it with a Pong by itself. */
  | { readonly kind: 'pinged'; readonly data: string }
  | { readonly kind: 'request-error'; readonly message: string }
  /** The browser's `error` event: it never says why (on purpose, so pages cannot probe networks). */
  | { readonly kind: 'error' }
  | { readonly kind: 'closed'; readonly code: number; readonly reason: string; readonly wasClean: boolean };

/** Where the connection is. */
export type SocketStatus = 'idle' | 'connecting' | 'open' | 'closing' | 'closed';

// WebSocket.readyState values (WHATWG WebSockets).
const CONNECTING = 0;
const OPEN = 1;

/** One connection at a time to an echo server. */
export class EchoSocket {
  readonly #open: OpenSocket;
  readonly #now: () => number;
  readonly #emit: (event: SessionEvent) => void;
  #socket: WebSocketLike | null = null;
  #sent: { readonly text: string; readonly at: number }[] = [];

  constructor(options: { readonly open: OpenSocket; readonly now: () => number; readonly emit: (event: SessionEvent) => void }) {
    this.#open = options.open;
    this.#now = options.now;
    this.#emit = options.emit;
  }

  /** Where the current connection is ('idle' before the first). */
  get status(): SocketStatus {
    const socket = this.#socket;
    if (!socket) return 'idle';
    return (['connecting', 'open', 'closing', 'closed'] as const)[socket.readyState] ?? 'closed';
  }

  /** Opens a connection to `url`, dropping any current one first (without waiting for its close). */
  connect(url: string): void {
    this.#drop();
    this.#sent = [];
    this.#emit({ kind: 'connecting', url });
    let socket: WebSocketLike;
    try {
      socket = this.#open(url, [LAB_PROTOCOL]);
    } catch {
      // The constructor throws for a URL the browser refuses outright (e.g. ws:// from an https page).
      this.#emit({ kind: 'error' });
      this.#emit({ kind: 'closed', code: 1006, reason: '', wasClean: false });
      return;
    }
    socket.binaryType = 'arraybuffer';
    socket.onopen = () => this.#emit({ kind: 'open', url, protocol: socket.protocol });
    socket.onmessage = (event) => this.#message(socket, event.data);
    socket.onerror = () => this.#emit({ kind: 'error' });
    socket.onclose = (event) => {
      if (this.#socket === socket) this.#emit({ kind: 'closed', code: event.code, reason: event.reason, wasClean: event.wasClean });
    };
    this.#socket = socket;
  }

  /** Sends a text message; false when not open. */
  sendText(text: string): boolean {
    const socket = this.#socket;
    if (!socket || socket.readyState !== OPEN) return false;
    socket.send(text);
    this.#sent.push({ text, at: this.#now() });
    this.#emit({ kind: 'sent', opcode: 'text', payload: encodeUtf8(text), text });
    return true;
  }

  /** True when the server speaks the lab subprotocol (echo envelopes, mirror, ping requests). */
  get lab(): boolean {
    return this.#socket?.protocol === LAB_PROTOCOL && this.#socket.readyState === OPEN;
  }

  /** Asks the lab server to send a Ping frame carrying `data`; false when not open or not a lab server. */
  requestPing(data: string): boolean {
    const socket = this.#socket;
    if (!socket || socket.readyState !== OPEN || socket.protocol !== LAB_PROTOCOL) return false;
    const request = pingRequest(data);
    socket.send(request);
    this.#emit({ kind: 'ping-requested', data, requestBytes: encodeUtf8(request).length });
    return true;
  }

  /** Sends a binary message; false when not open. */
  sendBinary(bytes: Uint8Array): boolean {
    const socket = this.#socket;
    if (!socket || socket.readyState !== OPEN) return false;
    socket.send(bytes.slice().buffer);
    this.#emit({ kind: 'sent', opcode: 'binary', payload: bytes });
    return true;
  }

  /** Starts the closing handshake; false when there is nothing to close. The browser allows only 1000 and 3000–4999. */
  close(code?: number, reason = ''): boolean {
    const socket = this.#socket;
    if (!socket || (socket.readyState !== OPEN && socket.readyState !== CONNECTING)) return false;
    if (code === undefined) socket.close();
    else socket.close(code, reason);
    this.#emit({ kind: 'sent', opcode: 'close', payload: encodeClosePayload(code, code === undefined ? '' : reason) });
    return true;
  }

  /** Closes quietly (the island is going away). */
  dispose(): void {
    this.#drop();
  }

  #drop(): void {
    const socket = this.#socket;
    this.#socket = null;
    if (!socket) return;
    socket.onopen = socket.onmessage = socket.onerror = null;
    socket.onclose = null;
    if (socket.readyState === OPEN || socket.readyState === CONNECTING) socket.close();
  }

  #message(socket: WebSocketLike, data: unknown): void {
    if (this.#socket !== socket) return;
    if (data instanceof ArrayBuffer) {
      this.#emit({ kind: 'received', opcode: 'binary', payload: new Uint8Array(data) });
      return;
    }
    const text = String(data);
    const lab = socket.protocol === LAB_PROTOCOL ? parseLabMessage(text) : null;
    if (!lab) return this.#emit({ kind: 'received', opcode: 'text', payload: encodeUtf8(text), text });
    switch (lab.type) {
      case 'hello':
        return this.#emit({ kind: 'hello', mirror: lab.mirror, idleTimeoutMs: lab.idleTimeoutMs, requestHeaderBytes: lab.requestHeaderBytes });
      case 'echo':
        return this.#emit({ kind: 'echo', data: lab.data, envelopeBytes: encodeUtf8(text).length, roundTripMs: this.#roundTrip(lab.data) });
      case 'mirror':
        return this.#emit({ kind: 'mirror', frame: lab.frame });
      case 'mirror-error':
        return this.#emit({ kind: 'mirror-error', error: lab.error });
      case 'pinged':
        return this.#emit({ kind: 'pinged', data: lab.data });
      case 'request-error':
        return this.#emit({ kind: 'request-error', message: lab.message });
    }
  }

  // The echo of the oldest unanswered message with this text: the server echoes in order.
  #roundTrip(data: string): number | undefined {
    const index = this.#sent.findIndex((sent) => sent.text === data);
    if (index < 0) return undefined;
    const [sent] = this.#sent.splice(index, 1);
    return this.#now() - sent!.at;
  }
}
