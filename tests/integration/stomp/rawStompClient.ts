/**
 * A misbehaving STOMP client: a plain `ws` socket that sends whatever bytes
 * the test gives it and reads the broker's frames with the project's parser.
 */
import WebSocket from 'ws';
import { encodeUtf8, headerOf, StompParser, type StompFrame } from '../../../src/sim/index';

/** The end of a raw connection: the frames received and how the broker closed it. */
export interface RawEnding {
  readonly frames: readonly StompFrame[];
  readonly code: number;
}

/** A raw STOMP connection. */
export class RawStompClient {
  readonly frames: StompFrame[] = [];
  private readonly parser = new StompParser({ role: 'client' });
  private readonly ws: WebSocket;
  private readonly ended: Promise<RawEnding>;
  private waiters: (() => void)[] = [];
  private heartbeat: () => void = () => {};

  private constructor(ws: WebSocket) {
    this.ws = ws;
    ws.on('message', (data: Buffer) => {
      for (const e of this.parser.push(new Uint8Array(data))) {
        if (e.kind === 'frame') this.frames.push(e.frame);
        else if (e.kind === 'heartbeat') this.heartbeat();
      }
      for (const w of this.waiters.splice(0)) w();
    });
    this.ended = new Promise((resolve) => ws.on('close', (code) => resolve({ frames: this.frames, code })));
  }

  /** Opens a socket with the v12.stomp subprotocol. */
  static open(url: string): Promise<RawStompClient> {
    const ws = new WebSocket(url, ['v12.stomp']);
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new RawStompClient(ws)));
      ws.once('error', reject);
    });
  }

  /** Sends a STOMP frame written as text ("^@" stands for NUL), or raw bytes, as one WebSocket message. */
  send(data: string | Uint8Array): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    this.ws.send(typeof data === 'string' ? encodeUtf8(data.replace(/\^@/g, '\0')) : data);
  }

  /** CONNECT (with `heartBeat`), resolving with CONNECTED. */
  async connect(heartBeat = '0,0'): Promise<StompFrame> {
    this.send(`CONNECT\naccept-version:1.2\nhost:/\nheart-beat:${heartBeat}\n\n^@`);
    return this.next('CONNECTED');
  }

  /** Resolves with the first received frame with `command`. */
  next(command: string): Promise<StompFrame> {
    return new Promise((resolve) => {
      const look = (): void => {
        const f = this.frames.find((x) => x.command === command);
        if (f) resolve(f);
        else this.waiters.push(look);
      };
      look();
    });
  }

  /** Calls `callback` for each heart-beat EOL received. */
  onHeartbeat(callback: () => void): void {
    this.heartbeat = callback;
  }

  /** Resolves once the broker has closed the connection. */
  closed(): Promise<RawEnding> {
    return this.ended;
  }

  /** Ends the socket from this side. */
  terminate(): void {
    this.ws.terminate();
  }
}

/** The `message` header of the ERROR frame among `frames`. */
export function errorMessage(frames: readonly StompFrame[]): string | undefined {
  const error = frames.find((f) => f.command === 'ERROR');
  return error && headerOf(error.headers, 'message');
}
