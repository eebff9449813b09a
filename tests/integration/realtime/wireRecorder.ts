/**
 * Records what crosses the project's HTTP server under a path prefix, at the
 * HTTP / WebSocket level: each request with its body and the answer written
 * to it, each upgrade request with the status the server answered, and every
 * WebSocket frame both ways (read from the raw socket with the project's
 * frame decoder). Hooks on the server, so nothing changes on the wire.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WireRecord } from '../../../src/sim/scenarios/socketio/wireTranscript';
import { FrameDecoder } from '../../../src/sim/ws/frameDecoder';
import { OPCODE_CLOSE, OPCODE_TEXT } from '../../../src/sim/ws/opcodes';

const HEAD_END = '\r\n\r\n';

/**
 * Starts recording `server`'s traffic under `prefix`; read `records` at any time. With `upgradeDelayMs`, each
 * upgrade request reaches the server that much later, as a WebSocket's own connection set-up would on a real
 * network: on loopback the probe sometimes overtakes the second poll, so the client pauses before a third one
 * and the server never needs its noop. Both orders are engine.io working as designed; the delay picks the one
 * a network with latency shows, every run.
 */
export function recordWire(server: Server, prefix: string, upgradeDelayMs = 0): { readonly records: WireRecord[] } {
  const records: WireRecord[] = [];
  if (upgradeDelayMs > 0) {
    const emit = server.emit.bind(server) as (event: string | symbol, ...args: unknown[]) => boolean;
    (server as unknown as { emit: (event: string | symbol, ...args: unknown[]) => boolean }).emit = (event, ...args) => {
      if (event !== 'upgrade' || !String((args[0] as IncomingMessage).url).startsWith(prefix)) return emit(event, ...args);
      setTimeout(() => emit(event, ...args), upgradeDelayMs);
      return true;
    };
  }
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!(req.url ?? '').startsWith(prefix)) return;
    const requestChunks: Buffer[] = [];
    // Watched through emit, not a 'data' listener: a listener would start the flow before engine.io listens.
    tap(req, (c) => requestChunks.push(c));
    const responseChunks: Buffer[] = [];
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      responseChunks.push(typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array));
    };
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    (res as unknown as { write: (...args: unknown[]) => boolean }).write = (...args: unknown[]) => {
      keep(args[0], args[1]);
      return write(...args);
    };
    (res as unknown as { end: (...args: unknown[]) => ServerResponse }).end = (...args: unknown[]) => {
      keep(args[0], args[1]);
      return end(...args);
    };
    // A stream the client aborts never finishes: what was written is recorded when it closes.
    let done = false;
    const settle = () => {
      if (done) return;
      done = true;
      records.push({
        kind: 'http', method: req.method ?? '', target: req.url ?? '', requestBody: Buffer.concat(requestChunks).toString('utf8'),
        status: res.statusCode, responseBody: Buffer.concat(responseChunks).toString('utf8'),
      });
    };
    res.once('finish', settle);
    res.once('close', settle);
  });
  server.prependListener('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!(req.url ?? '').startsWith(prefix)) return;
    const up = new FrameDecoder({ role: 'server' });
    const down = new FrameDecoder({ role: 'client' });
    const frames = (events: ReturnType<FrameDecoder['push']>, isUp: boolean) => {
      for (const e of events) {
        if (e.kind !== 'frame') continue;
        if (e.frame.opcode === OPCODE_TEXT) records.push({ kind: 'ws', up: isUp, text: Buffer.from(e.frame.payload).toString('utf8') });
        else if (e.frame.opcode === OPCODE_CLOSE) records.push({ kind: 'ws', up: isUp, text: undefined });
      }
    };
    if (head.length > 0) frames(up.push(new Uint8Array(head)), true);
    tap(socket, (chunk) => frames(up.push(new Uint8Array(chunk)), true));
    let headText = '';
    let headDone = false;
    const write = socket.write.bind(socket) as (...args: unknown[]) => boolean;
    const end = socket.end.bind(socket) as (...args: unknown[]) => Duplex;
    const seen = (chunk: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      let bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : Buffer.from(chunk as Uint8Array);
      if (!headDone) {
        headText += bytes.toString('latin1');
        const at = headText.indexOf(HEAD_END);
        if (at < 0) return;
        headDone = true;
        const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(headText)?.[1] ?? 0);
        records.push({ kind: 'http', method: req.method ?? '', target: req.url ?? '', requestBody: '', status, responseBody: '' });
        bytes = Buffer.from(headText.slice(at + HEAD_END.length), 'latin1');
        // A refusal's body (none here) is not a frame.
        if (status !== 101) return;
      }
      if (bytes.length > 0) frames(down.push(new Uint8Array(bytes)), false);
    };
    (socket as unknown as { write: (...args: unknown[]) => boolean }).write = (...args: unknown[]) => {
      seen(args[0]);
      return write(...args);
    };
    (socket as unknown as { end: (...args: unknown[]) => Duplex }).end = (...args: unknown[]) => {
      seen(args[0]);
      return end(...args);
    };
  });
  return { records };
}

/** Calls `seen` with each chunk `stream` emits as 'data', without adding a listener. */
function tap(stream: NodeJS.EventEmitter, seen: (chunk: Buffer) => void): void {
  const emit = stream.emit.bind(stream) as (event: string | symbol, ...args: unknown[]) => boolean;
  (stream as unknown as { emit: (event: string | symbol, ...args: unknown[]) => boolean }).emit = (event, ...args) => {
    if (event === 'data') seen(Buffer.from(args[0] as Uint8Array));
    return emit(event, ...args);
  };
}
