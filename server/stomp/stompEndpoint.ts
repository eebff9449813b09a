/**
 * The STOMP-over-WebSocket endpoint at /stomp: checks the upgrade with the
 * project's handshake validator (a STOMP subprotocol is required: v12.stomp,
 * v11.stomp or v10.stomp), the origin policy and connection limits, then lets
 * `ws` complete the handshake and hands each connection to a `StompSession`
 * over one shared in-memory broker.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { buildHandshakeRejection, CLOSE_GOING_AWAY, validateHandshakeRequest, type HttpHeader, type HttpRequest } from '../../src/sim/index';
import type { Clock, Timer } from '../live/clock';
import { ConnectionLimiter } from '../live/connectionLimiter';
import { originAllowed } from '../live/originAllowed';
import { REFUSAL_HEADER, upgradeRefusal, writeAndClose } from '../live/upgradeRefusal';
import { Destinations } from './destinations';
import type { StompConfig } from './stompConfig';
import { StompSession } from './stompSession';

/** The path of the broker. */
export const STOMP_PATH = '/stomp';
/** The subprotocols STOMP clients offer (stompjs offers all three, best first). */
export const STOMP_SUBPROTOCOLS: readonly string[] = ['v12.stomp', 'v11.stomp', 'v10.stomp'];

/** What the endpoint needs. */
export interface StompEndpointDeps {
  readonly config: StompConfig;
  /** Origins allowed besides the server's own (LIVE_ALLOWED_ORIGINS). */
  readonly allowedOrigins: readonly string[];
  readonly clock: Clock;
  /** The server-wide ceilings (the live endpoints' limiter) a STOMP connection counts against too. */
  readonly serverConnections?: ConnectionLimiter;
}

/** The /stomp endpoint: its broker and open sessions. */
export class StompEndpoint {
  private readonly deps: StompEndpointDeps;
  private readonly wss: WebSocketServer;
  private readonly limiter: ConnectionLimiter;
  private readonly sessions = new Set<StompSession>();
  /** The broker's topics and queues. */
  readonly destinations: Destinations;
  private count = 0;
  private closing = false;

  constructor(deps: StompEndpointDeps) {
    this.deps = deps;
    const { config } = deps;
    this.destinations = new Destinations(config.maxQueuedMessages);
    this.limiter = new ConnectionLimiter(config.maxConnections, config.maxConnectionsPerAddress, deps.serverConnections);
    this.wss = new WebSocketServer({
      noServer: true,
      clientTracking: false,
      perMessageDeflate: false,
      // Room for a frame plus heart-beats or a second frame in one message; the STOMP parser enforces maxFrameBytes itself, with an ERROR frame.
      maxPayload: 2 * config.maxFrameBytes,
      handleProtocols: (offered) => {
        // As the validator chooses: the first one the client offered that we speak.
        for (const protocol of offered) if (STOMP_SUBPROTOCOLS.includes(protocol)) return protocol;
        return false;
      },
    });
  }

  /** Connections open now. */
  get size(): number {
    return this.sessions.size;
  }

  /** Handles an 'upgrade' for /stomp (the caller has checked the path). */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const { config, allowedOrigins, clock } = this.deps;
    const allowed = originAllowed(req.headers.origin, req.headers.host, allowedOrigins);
    const checked = validateHandshakeRequest(asHttpRequest(req), { supportedProtocols: STOMP_SUBPROTOCOLS, ...(allowed ? {} : { allowedOrigins: [] }) });
    if (!checked.ok) {
      writeAndClose(socket, buildHandshakeRejection(checked, [{ name: REFUSAL_HEADER, value: checked.reason }]).bytes);
      return;
    }
    // STOMP needs its subprotocol: a client that offers none is not speaking STOMP.
    if (!checked.protocol) return upgradeRefusal(socket, 400, 'stompSubprotocolRequired');
    if (this.closing) return upgradeRefusal(socket, 503, 'shuttingDown');
    const address = req.socket.remoteAddress ?? 'unknown';
    const refusal = this.limiter.acquire(address);
    if (refusal) return upgradeRefusal(socket, 503, refusal === 'total' ? 'tooManyConnections' : 'tooManyFromAddress', [{ name: 'Retry-After', value: '5' }]);
    let accepted = false;
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      accepted = true;
      const session = new StompSession({ ws, config, clock, destinations: this.destinations, sessionId: `session-${++this.count}` });
      this.sessions.add(session);
      ws.once('close', () => {
        this.sessions.delete(session);
        this.limiter.release(address);
      });
    });
    if (!accepted) this.limiter.release(address);
  }

  /** Closes every session with 1001 and waits up to the close grace. */
  async close(): Promise<void> {
    this.closing = true;
    const open = [...this.sessions];
    let timer: Timer | undefined;
    await new Promise<void>((resolve) => {
      if (open.length === 0) return resolve();
      let left = open.length;
      for (const s of open) s.onEnd(() => { if (--left === 0) resolve(); });
      for (const s of open) s.shutdown(CLOSE_GOING_AWAY, 'server shutting down');
      timer = this.deps.clock.setTimer(resolve, this.deps.config.closeGraceMs + 100);
    });
    timer?.cancel();
    this.wss.close();
  }
}

function asHttpRequest(req: IncomingMessage): HttpRequest {
  const headers: HttpHeader[] = [];
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) headers.push({ name: raw[i]!, value: raw[i + 1]! });
  return { method: req.method ?? '', target: req.url ?? '', version: `HTTP/${req.httpVersion}`, headers };
}
