/**
 * The real SockJS server (sockjs-node 0.3) at /sockjs/echo and
 * /sockjs/broadcast. sockjs-node reads request bodies without a bound, so
 * POST bodies are bounded here first: a Content-Length over the WebSocket
 * payload limit gets 413 at once, and a chunked body is counted as it arrives
 * and cut off with 413 when it passes the limit.
 * WebSocket messages are bounded by faye-websocket's maxLength (1009 above
 * it); sessions over the connection ceilings are closed with 4029. A client
 * whose URL carries `block=websocket` has its WebSocket upgrades refused (403).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import sockjs from 'sockjs';
import { sharedLimiterFor, type ConnectionLimiter } from '../live/connectionLimiter';
import { upgradeRefusal } from '../live/upgradeRefusal';
import { blocksWebSocket } from './blockWebSocket';
import type { LiveConfig } from '../live/liveConfig';
import { SOCKJS_PATH, type RealtimeOptions } from './realtimeOptions';

/** The close code a session over the connection ceiling gets (4000–4999: the application's own). */
export const SOCKJS_TOO_MANY = 4029;

type Handler = (req: IncomingMessage, res: ServerResponse | Duplex, head?: Buffer) => boolean;

/** The two SockJS services. */
export class SockJsEndpoint {
  private readonly handlers: Handler[];
  private readonly limiter: ConnectionLimiter;
  private readonly connections = new Set<sockjs.Connection>();
  private readonly maxBody: number;

  constructor(config: LiveConfig, options: RealtimeOptions) {
    this.maxBody = config.maxPayloadBytes;
    this.limiter = sharedLimiterFor(config);
    const serverOptions = {
      heartbeat_delay: options.sockJsHeartbeatMs,
      disconnect_delay: options.sockJsDisconnectMs,
      // Only the iframe-based transports (for old cross-domain browsers) load this; never a CDN from our server.
      sockjs_url: '/sockjs-client.min.js',
      log: () => {},
      faye_server_options: { maxLength: config.maxPayloadBytes },
    } as sockjs.ServerOptions;
    const echo = sockjs.createServer(serverOptions);
    echo.on('connection', (conn) => this.admit(conn, (c) => c.on('data', (message: string) => c.write(message))));
    const broadcast = sockjs.createServer(serverOptions);
    const members = new Set<sockjs.Connection>();
    broadcast.on('connection', (conn) => this.admit(conn, (c) => {
      members.add(c);
      c.on('close', () => members.delete(c));
      c.on('data', (message: string) => {
        for (const member of members) member.write(message);
      });
    }));
    this.handlers = [echo, broadcast].map((server, i) => {
      const listener = (server as unknown as { listener(o: object): { getHandler(): Handler } }).listener({ prefix: `${SOCKJS_PATH}${i === 0 ? 'echo' : 'broadcast'}` });
      return listener.getHandler();
    });
  }

  /** SockJS sessions open now. */
  get size(): number {
    return this.connections.size;
  }

  /** Serves a request under /sockjs/; false if no service matches (the caller answers 404). */
  handleRequest(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.method === 'POST') {
      const tooLarge = `Payload larger than ${this.maxBody} bytes`;
      if (Number(req.headers['content-length']) > this.maxBody) return refuse(res, 413, tooLarge);
      let received = 0;
      // Prepended, so the count runs before sockjs-node appends the chunk to its buffer.
      req.prependListener('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received <= this.maxBody || res.headersSent) return;
        refuse(res, 413, tooLarge);
        req.destroy();
      });
    }
    return this.handlers.some((handle) => handle(req, res));
  }

  /** Takes an upgrade under /sockjs/; false if no service matches. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    if (blocksWebSocket(req.url)) {
      upgradeRefusal(socket, 403, 'webSocketBlocked');
      return true;
    }
    return this.handlers.some((handle) => handle(req, socket, head));
  }

  /** Closes every session with 1001-like "going away" (SockJS 3000 "Go away!"). */
  close(): void {
    for (const conn of this.connections) closeWith(conn, 3000, 'Go away!');
  }

  private admit(conn: sockjs.Connection | null, run: (conn: sockjs.Connection) => void): void {
    if (!conn) return;
    const address = conn.remoteAddress ?? 'unknown';
    if (this.limiter.acquire(address)) {
      closeWith(conn, SOCKJS_TOO_MANY, 'Too many connections');
      return;
    }
    this.connections.add(conn);
    conn.on('close', () => {
      this.connections.delete(conn);
      this.limiter.release(address);
    });
    run(conn);
  }
}

// sockjs-node writes the code as given into c[code,"reason"]; @types/sockjs types it as a string, which would quote it.
function closeWith(conn: sockjs.Connection, code: number, reason: string): void {
  (conn as unknown as { close(code: number, reason: string): void }).close(code, reason);
}

function refuse(res: ServerResponse, status: number, message: string): true {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=UTF-8', Connection: 'close' });
  res.end(message);
  return true;
}
