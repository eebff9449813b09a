/**
 * The WebSocket endpoint at /ws on the one HTTP server: checks the upgrade
 * request with the project's handshake validator (RFC 6455 §4.2.1, so a wrong
 * Sec-WebSocket-Version gets 426 as §4.4 asks, where `ws` alone would say 400),
 * applies the origin policy and connection limits, then lets `ws` (noServer)
 * complete the handshake and run the connection.
 */
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { buildHandshakeRejection, CLOSE_GOING_AWAY, validateHandshakeRequest, type HttpHeader, type HttpRequest } from '../../src/sim/index';
import type { Clock, Timer } from './clock';
import { ConnectionLimiter } from './connectionLimiter';
import { connectionOf, EchoConnection } from './echoConnection';
import type { LiveConfig } from './liveConfig';
import { LAB_PROTOCOL, SUPPORTED_PROTOCOLS } from './liveMessages';
import { parseLiveQuery } from './liveQuery';
import type { LiveSession } from './liveSession';
import type { MemoryGuard } from './memoryGuard';
import { guardProtocol } from './protocolGuard';
import { originAllowed } from './originAllowed';
import type { HeaderByteCount } from './requestHeaderBytes';
import type { SessionRegistry } from './sessionRegistry';
import { REFUSAL_HEADER, upgradeRefusal, writeAndClose } from './upgradeRefusal';

/** The path of the echo endpoint. */
export const WS_PATH = '/ws';
/** Reason sent with the 1001 Close frame on shutdown. */
export const SHUTDOWN_CLOSE_REASON = 'server shutting down';
// Seconds a refused client should wait before trying again.
const RETRY_AFTER_SECONDS = '5';

/** What the endpoint shares with the rest of the live server. */
export interface WsEndpointDeps {
  readonly config: LiveConfig;
  readonly clock: Clock;
  readonly sessions: SessionRegistry;
  readonly memory: MemoryGuard;
}

/** The /ws endpoint and its open connections. */
export class WsEndpoint {
  private readonly deps: WsEndpointDeps;
  private readonly wss: WebSocketServer;
  private readonly limiter: ConnectionLimiter;
  private readonly connections = new Set<EchoConnection>();
  private sweeper: Timer | undefined;
  private closing = false;
  /** One 'close' listener for every connection (ws calls it with `this` = the socket), not a closure each. */
  private readonly onClose: (this: WebSocket) => void;

  constructor(deps: WsEndpointDeps) {
    this.deps = deps;
    const connections = this.connections;
    const limiter = (this.limiter = new ConnectionLimiter(deps.config.maxConnections, deps.config.maxConnectionsPerAddress));
    this.onClose = function onClose(this: WebSocket): void {
      const connection = connectionOf(this);
      if (!connection || !connections.delete(connection)) return;
      connection.dispose();
      limiter.release(connection.address);
    };
    const { config } = deps;
    this.wss = new WebSocketServer({
      noServer: true,
      clientTracking: false,
      // LIVE_DEFLATE: ws's own permessage-deflate with its defaults (takeover both ways; it answers Chromium's
      // "permessage-deflate; client_max_window_bits" with a bare "permessage-deflate"), or none.
      perMessageDeflate: config.deflate ? {} : false,
      maxPayload: config.maxPayloadBytes,
      // Empty fragments cost no payload bytes but a parse each (and a mirror report): a message gets at most this many.
      maxFragments: config.maxFragments,
      // ws reads closeTimeout (how long to wait for the peer's Close) though @types/ws does not list it.
      ...({ closeTimeout: config.closeGraceMs } as object),
      // Pongs are answered by EchoConnection, which closes with 1008 past LIVE_MAX_PENDING_PONGS.
      autoPong: false,
      // Same choice as the validator: the first subprotocol the client offered that we speak.
      handleProtocols: (offered) => {
        for (const protocol of offered) if (SUPPORTED_PROTOCOLS.includes(protocol)) return protocol;
        return false;
      },
    });
  }

  /** Connections open now. */
  get size(): number {
    return this.connections.size;
  }

  /** Bytes of frame-mirror reports waiting on all connections (walks them: for tests and benches). */
  get mirrorReportBytes(): number {
    let total = 0;
    for (const connection of this.connections) total += connection.mirror?.pendingReportBytes ?? 0;
    return total;
  }

  /** Handles an 'upgrade' for /ws (the caller has checked the path). */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, headerBytes: HeaderByteCount, receivedAt: number): void {
    const { config, sessions } = this.deps;
    const allowed = originAllowed(req.headers.origin, req.headers.host, config.allowedOrigins);
    // An empty allow-list makes the validator refuse the origin with its own 403 (§4.2.2).
    const checked = validateHandshakeRequest(asHttpRequest(req), { supportedProtocols: SUPPORTED_PROTOCOLS, ...(allowed ? {} : { allowedOrigins: [] }) });
    if (!checked.ok) {
      writeAndClose(socket, buildHandshakeRejection(checked, [{ name: REFUSAL_HEADER, value: checked.reason }]).bytes);
      return;
    }
    const target = req.url ?? '';
    const parsed = parseLiveQuery(new URLSearchParams(target.includes('?') ? target.slice(target.indexOf('?') + 1) : ''), config);
    if (!parsed.ok) return upgradeRefusal(socket, 400, 'badQuery');
    if (this.closing) return upgradeRefusal(socket, 503, 'shuttingDown');
    // Past the heap's high-water mark, no new connection: the ones open keep being served.
    if (this.deps.memory.overloaded()) return upgradeRefusal(socket, 503, 'overloaded', retryAfter());
    const { query } = parsed;
    const mode = checked.protocol === LAB_PROTOCOL ? 'lab' : 'plain';
    const address = req.socket.remoteAddress ?? 'unknown';
    let session: LiveSession | undefined;
    if (mode === 'lab' && query.session !== undefined) {
      const obtained = sessions.obtain(query.session, query.rate, address);
      if (typeof obtained === 'string') return upgradeRefusal(socket, 503, obtained, retryAfter());
      session = obtained;
    }
    const refusal = this.limiter.acquire(address);
    if (refusal) return upgradeRefusal(socket, 503, refusal === 'total' ? 'tooManyConnections' : 'tooManyFromAddress', retryAfter());

    let accepted = false;
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      accepted = true;
      // Before any byte reaches ws: 1002 for a 64-bit length with its top bit set, 1007 at the first invalid UTF-8.
      const guard = guardProtocol(ws, socket as Socket, config.maxFragments);
      const connection = new EchoConnection({
        guard,
        ws,
        // An upgraded HTTP connection is always a net.Socket (or a TLSSocket, which is one).
        socket: socket as Socket,
        address,
        mode,
        clock: this.deps.clock,
        maxPayloadBytes: config.maxPayloadBytes,
        maxBufferedBytes: config.maxBufferedBytes,
        idleTimeoutMs: config.idleTimeoutMs,
        maxPendingPongs: config.maxPendingPongs,
        maxFragments: config.maxFragments,
        mirrorBudget: { messageBytes: config.mirrorMessageBytes, connectionBytes: config.mirrorPendingBytes },
        mirror: mode === 'lab' && query.mirror,
        receivedAt,
        headerBytes,
        ...(session ? { session } : {}),
        ...(query.since === undefined ? {} : { since: query.since }),
      });
      this.connections.add(connection);
      ws.on('close', this.onClose);
      this.startSweeper();
    });
    // ws completes the handshake synchronously; if it did not, it dropped the socket (already closed by the client).
    if (!accepted) this.limiter.release(address);
  }

  /** Sends 1001 to every client, waits up to the close grace for their answers, then drops the rest. */
  async close(): Promise<void> {
    this.closing = true;
    this.sweeper?.cancel();
    this.sweeper = undefined;
    const open = [...this.connections];
    const closed = open.map((c) => new Promise<void>((resolve) => {
      if (c.ws.readyState === c.ws.CLOSED) return resolve();
      c.ws.once('close', () => resolve());
      c.ws.close(CLOSE_GOING_AWAY, SHUTDOWN_CLOSE_REASON);
    }));
    let timer: Timer | undefined;
    const grace = new Promise<void>((resolve) => {
      timer = this.deps.clock.setTimer(() => {
        for (const c of open) c.ws.terminate();
        resolve();
      }, this.deps.config.closeGraceMs);
    });
    await Promise.race([Promise.all(closed), grace]);
    timer?.cancel();
    this.wss.close();
  }

  private startSweeper(): void {
    if (this.sweeper || this.closing) return;
    this.sweeper = this.deps.clock.setTimer(() => {
      this.sweeper = undefined;
      for (const connection of this.connections) connection.sweep();
      if (this.connections.size > 0) this.startSweeper();
    }, Math.max(1, this.deps.config.idleTimeoutMs / 2));
  }
}

function retryAfter(): HttpHeader[] {
  return [{ name: 'Retry-After', value: RETRY_AFTER_SECONDS }];
}

/** The upgrade request as the project's HTTP codec models it, headers in the order and case received. */
function asHttpRequest(req: IncomingMessage): HttpRequest {
  const headers: HttpHeader[] = [];
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) headers.push({ name: raw[i]!, value: raw[i + 1]! });
  return { method: req.method ?? '', target: req.url ?? '', version: `HTTP/${req.httpVersion}`, headers };
}
