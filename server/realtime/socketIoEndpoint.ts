/**
 * The real Socket.IO server (socket.io 4 on engine.io 6) at /socket.io/, not
 * attached to the HTTP server by itself: the one server's request and upgrade
 * handlers hand it what is under /socket.io/, so the rest keeps its own
 * routing, metering and limits. Two namespaces:
 *   /           "echo" → the same arguments back (as an "echo" event, and to the ack if one is asked)
 *   /broadcast  "broadcast" → every client of the namespace gets it
 * Limits as /ws: maxHttpBufferSize = the WebSocket payload limit, connection
 * ceilings per address and in total (refused handshakes get engine.io's 403).
 * A session opened with `block=websocket` has its upgrades refused with 403.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { Server as EngineServer } from 'engine.io';
import { Server as SocketIoServer } from 'socket.io';
import { WebSocketServer } from 'ws';
import { sharedLimiterFor, type ConnectionLimiter } from '../live/connectionLimiter';
import { upgradeRefusal } from '../live/upgradeRefusal';
import { blocksWebSocket, queryOf } from './blockWebSocket';
import type { LiveConfig } from '../live/liveConfig';
import type { RealtimeOptions } from './realtimeOptions';

/** The Socket.IO endpoint. */
export class SocketIoEndpoint {
  readonly io: SocketIoServer;
  private readonly engine: EngineServer;
  private readonly limiter: ConnectionLimiter;
  /** Sessions opened with the block-WebSocket switch on. */
  private readonly blocked = new Set<string>();

  constructor(config: LiveConfig, options: RealtimeOptions) {
    const limiter = (this.limiter = sharedLimiterFor(config));
    this.engine = new EngineServer({
      maxHttpBufferSize: config.maxPayloadBytes,
      pingInterval: options.pingIntervalMs,
      pingTimeout: options.pingTimeoutMs,
      upgradeTimeout: 10_000,
      // The same ws the /ws endpoint runs on (engine.io's own require('ws') is not resolved the same way under the test runner).
      wsEngine: WebSocketServer,
      perMessageDeflate: false,
      httpCompression: false,
      allowRequest: (req, callback) => {
        const refusal = limiter.acquire(addressOf(req));
        if (refusal) return callback(refusal === 'total' ? 'Too many connections' : 'Too many connections from this address', false);
        callback(null, true);
      },
    });
    this.engine.on('connection', (socket: { id: string; request: IncomingMessage; once(event: 'close', listener: () => void): void }) => {
      const address = addressOf(socket.request);
      const blocked = blocksWebSocket(socket.request.url);
      if (blocked) this.blocked.add(socket.id);
      socket.once('close', () => {
        limiter.release(address);
        if (blocked) this.blocked.delete(socket.id);
      });
    });
    this.io = new SocketIoServer({ serveClient: false, connectTimeout: options.connectTimeoutMs });
    this.io.bind(this.engine as never);
    this.io.on('connection', (socket) => {
      socket.on('echo', (...args: unknown[]) => {
        const ack = typeof args.at(-1) === 'function' ? (args.pop() as (...reply: unknown[]) => void) : undefined;
        if (ack) ack(...args);
        else socket.emit('echo', ...args);
      });
    });
    const broadcast = this.io.of('/broadcast');
    broadcast.on('connection', (socket) => {
      socket.on('broadcast', (...args: unknown[]) => {
        if (typeof args.at(-1) === 'function') args.pop();
        broadcast.emit('broadcast', ...args);
      });
    });
  }

  /** engine.io sessions open now. */
  get size(): number {
    return this.engine.clientsCount;
  }

  /** Serves a request under /socket.io/. */
  handleRequest(req: IncomingMessage, res: ServerResponse): void {
    this.engine.handleRequest(req, res);
  }

  /** Takes an upgrade under /socket.io/ (a WebSocket for engine.io). */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const sid = queryOf(req.url).get('sid');
    if (blocksWebSocket(req.url) || (sid !== null && this.blocked.has(sid))) return upgradeRefusal(socket, 403, 'webSocketBlocked');
    this.engine.handleUpgrade(req, socket, head);
  }

  /** Closes every session. */
  close(): Promise<void> {
    return new Promise((resolve) => {
      void this.io.close(() => resolve());
    });
  }
}

function addressOf(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}
