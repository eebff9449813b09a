/**
 * A WebSocket client on a raw `net` socket, for sending bytes no well-behaved
 * client would: the handshake is built with the project's codec, frames are
 * written as given and read back with the project's streaming decoder.
 */
import { connect, type Socket } from 'node:net';
import { buildHandshakeRequest, FrameDecoder, OPCODE_CLOSE, parseClosePayload, type HttpHeader, type WsFrame } from '../../../src/sim/index';
import { within } from './within';

/** A fixed Sec-WebSocket-Key (any 16 bytes in base64 will do). */
export const TEST_KEY = 'dGhlIHNhbXBsZSBub25jZQ==';

/** Sends raw bytes to 127.0.0.1:`port` and collects everything until the server closes (or `ms` passes). */
export async function rawExchange(port: number, bytes: Uint8Array | string, ms = 2000): Promise<string> {
  const socket = connect(port, '127.0.0.1');
  let text = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk: string) => { text += chunk; });
  socket.on('error', () => {});
  socket.write(bytes);
  await within(new Promise((resolve) => socket.on('close', resolve)), ms, 'the server to close the connection').finally(() => socket.destroy());
  return text;
}

/** A connected raw client, past a successful handshake. */
export class RawWebSocket {
  private readonly decoder = new FrameDecoder({ role: 'client' });
  private readonly frames: WsFrame[] = [];
  private readonly frameBytes: number[] = [];
  /** Bytes on the wire (header + payload) of the frame `nextFrame` returned last. */
  lastFrameBytes = 0;
  private waiter: (() => void) | undefined;
  /** Resolves when the TCP connection is closed. */
  readonly closed: Promise<void>;

  private constructor(readonly socket: Socket, rest: Buffer) {
    socket.on('data', (chunk: Buffer) => this.feed(chunk));
    this.closed = new Promise((resolve) => socket.on('close', () => resolve()));
    if (rest.length > 0) this.feed(rest);
  }

  /** Opens a connection to `path` and completes the opening handshake. */
  static async open(port: number, path = '/ws', headers: readonly HttpHeader[] = [], localAddress?: string): Promise<RawWebSocket> {
    // localAddress: another loopback address (127.0.0.2 …) to connect from, for per-address limits.
    const socket = connect({ port, host: '127.0.0.1', ...(localAddress ? { localAddress } : {}) });
    socket.on('error', () => {});
    const request = buildHandshakeRequest({ host: `127.0.0.1:${port}`, path, key: TEST_KEY, headers });
    socket.write(request.bytes);
    const rest = await within(new Promise<Buffer>((resolve, reject) => {
      let head = Buffer.alloc(0);
      const onData = (chunk: Buffer): void => {
        head = Buffer.concat([head, chunk]);
        const end = head.indexOf('\r\n\r\n');
        if (end < 0) return;
        socket.off('data', onData);
        const status = head.subarray(0, end).toString('latin1').split('\r\n')[0];
        if (!status?.startsWith('HTTP/1.1 101')) reject(new Error(`handshake refused: ${status}`));
        else resolve(head.subarray(end + 4));
      };
      socket.on('data', onData);
    }), 2000, 'the 101 answer');
    return new RawWebSocket(socket, rest);
  }

  /** Writes bytes as they are. */
  send(bytes: Uint8Array): void {
    this.socket.write(bytes);
  }

  /** The next frame from the server. */
  async nextFrame(ms = 2000): Promise<WsFrame> {
    while (this.frames.length === 0) await within(new Promise<void>((resolve) => { this.waiter = resolve; }), ms, 'a frame from the server');
    this.lastFrameBytes = this.frameBytes.shift()!;
    return this.frames.shift()!;
  }

  /** Reads frames until a Close frame and returns its status code. */
  async closeCode(ms = 2000): Promise<number> {
    for (let i = 0; i < 100; i++) {
      const frame = await this.nextFrame(ms);
      if (frame.opcode === OPCODE_CLOSE) {
        const close = parseClosePayload(frame.payload);
        return close.ok ? close.code : -1;
      }
    }
    throw new Error('no Close frame among the first 100 frames');
  }

  destroy(): void {
    this.socket.destroy();
  }

  private feed(chunk: Buffer): void {
    for (const event of this.decoder.push(chunk)) {
      if (event.kind !== 'frame') continue;
      this.frames.push(event.frame);
      this.frameBytes.push(event.headerLength + event.frame.payload.length);
    }
    this.waiter?.();
    this.waiter = undefined;
  }
}
