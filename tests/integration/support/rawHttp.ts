/**
 * A raw HTTP/1.1 client on one keep-alive `net` socket that counts every byte
 * of every answer as it arrived: heads and Content-Length bodies, or a chunked
 * body chunk by chunk (the framing a browser hides).
 */
import { connect, type Socket } from 'node:net';
import type { HttpHeader } from '../../../src/sim/index';
import { within } from './within';

/** One complete answer, with the bytes it took on the wire. */
export interface RawAnswer {
  readonly status: number;
  readonly headers: readonly HttpHeader[];
  readonly body: string;
  readonly headBytes: number;
  readonly wireBytes: number;
}

/** One chunk of a chunked body: its data and its bytes on the wire (size line, data, CRLF). */
export interface RawChunk {
  readonly data: string;
  readonly wireBytes: number;
}

const CRLF = '\r\n';

/** A keep-alive connection to 127.0.0.1:`port`. */
export class RawHttp {
  private buffer = Buffer.alloc(0);
  private waiter: (() => void) | undefined;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.waiter?.();
    });
    socket.on('error', () => {});
  }

  static async open(port: number): Promise<RawHttp> {
    const socket = connect(port, '127.0.0.1');
    await within(new Promise((resolve) => socket.once('connect', resolve)), 2000, 'the connection');
    return new RawHttp(socket);
  }

  /** Writes `request` as it is. */
  write(request: string): void {
    this.socket.write(request);
  }

  /** Reads one response head (and, unless it is chunked, its Content-Length body). */
  async answer(ms = 5000): Promise<RawAnswer> {
    const end = await this.until(() => this.buffer.indexOf(CRLF + CRLF), ms, 'a response head');
    const head = this.buffer.subarray(0, end + 4).toString('latin1');
    const [statusLine, ...lines] = head.slice(0, -4).split(CRLF);
    const headers = lines.map((line) => {
      const colon = line.indexOf(':');
      return { name: line.slice(0, colon), value: line.slice(colon + 1).trim() };
    });
    const length = headers.find((h) => h.name.toLowerCase() === 'content-length');
    const bodyBytes = length ? Number(length.value) : 0;
    await this.until(() => (this.buffer.length >= end + 4 + bodyBytes ? 0 : -1), ms, 'a response body');
    const body = this.buffer.subarray(end + 4, end + 4 + bodyBytes).toString('utf8');
    this.buffer = this.buffer.subarray(end + 4 + bodyBytes);
    return { status: Number(statusLine!.split(' ')[1]), headers, body, headBytes: end + 4, wireBytes: end + 4 + bodyBytes };
  }

  /** Reads the next chunk of a chunked body (RFC 9112 §7.1; no chunk extensions expected). */
  async chunk(ms = 5000): Promise<RawChunk> {
    const lineEnd = await this.until(() => this.buffer.indexOf(CRLF), ms, 'a chunk size line');
    const size = Number.parseInt(this.buffer.subarray(0, lineEnd).toString('latin1'), 16);
    const total = lineEnd + 2 + size + 2;
    await this.until(() => (this.buffer.length >= total ? 0 : -1), ms, 'a chunk');
    const data = this.buffer.subarray(lineEnd + 2, lineEnd + 2 + size).toString('utf8');
    this.buffer = this.buffer.subarray(total);
    return { data, wireBytes: total };
  }

  close(): void {
    this.socket.destroy();
  }

  /** Waits until `found` returns an index ≥ 0. */
  private async until(found: () => number, ms: number, what: string): Promise<number> {
    for (;;) {
      const at = found();
      if (at >= 0) return at;
      await within(new Promise<void>((resolve) => { this.waiter = resolve; }), ms, what);
    }
  }
}
