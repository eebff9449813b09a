import { createServer as createHttpServer, type Server } from 'node:http';
import { hostGuard } from './hostGuard';
import { systemClock, type Clock } from './live/clock';
import { sharedLimiterFor } from './live/connectionLimiter';
import { readLiveConfig, type LiveConfig } from './live/liveConfig';
import { liveServer, type LiveServer } from './live/liveServer';
import { siteHandler } from './siteHandler';
import { readStompConfig, type StompConfig } from './stomp/stompConfig';
import { STOMP_PATH, StompEndpoint } from './stomp/stompEndpoint';
import type { RealtimeOptions } from './realtime/realtimeOptions';
import { realtimeServer, type RealtimeServer } from './realtime/realtimeServer';

/** The running server and how to stop it. */
export interface SocketLabServer {
  readonly server: Server;
  /** The live endpoints (WebSocket echo, polling, SSE …) on the same server. */
  readonly live: LiveServer;
  /** The STOMP broker at /stomp. */
  readonly stomp: StompEndpoint;
  /** The real Socket.IO and SockJS servers at /socket.io/ and /sockjs/ (see server/realtime). */
  readonly realtime: RealtimeServer;
  /** Graceful shutdown: held requests and streams end, WebSockets get 1001; resolves once every connection is closed. */
  close(): Promise<void>;
}

/** How to build the server; everything is optional. */
export interface CreateServerOptions {
  /** Limits of the live endpoints, over the defaults and the LIVE_* environment variables. */
  readonly live?: Partial<LiveConfig>;
  /** Limits of the STOMP broker, over the defaults and the STOMP_* environment variables. */
  readonly stomp?: Partial<StompConfig>;
  /** The clock for the live endpoints' timestamps and timers. */
  readonly clock?: Clock;
  /** Heartbeat timing of the Socket.IO and SockJS endpoints, over the libraries' defaults. */
  readonly realtime?: Partial<RealtimeOptions>;
}

// While shutting down, how often to close connections that have just become idle.
const IDLE_SWEEP_MS = 20;

/**
 * One HTTP server for everything: the built static site, and the live panel's
 * endpoints (see server/live/README.md) on the same port.
 */
export function createServer(siteDir: string, options: CreateServerOptions = {}): SocketLabServer {
  const config = readLiveConfig(process.env, options.live);
  const guard = hostGuard(config.allowedHosts);
  const serveSite = siteHandler(siteDir);
  const server = createHttpServer();
  const clock = options.clock ?? systemClock;
  // One count of connections per address for the whole server: /ws, /socket.io/ and /sockjs/ share the live config's limiter, /stomp counts against it too.
  const stomp = new StompEndpoint({ config: readStompConfig(process.env, options.stomp), allowedOrigins: config.allowedOrigins, clock, serverConnections: sharedLimiterFor(config) });
  const realtime = realtimeServer(config, options.realtime);
  const live = liveServer(server, config, clock, guard.admitUpgrade, (req, socket, head, path) => {
    if (path === STOMP_PATH) {
      stomp.handleUpgrade(req, socket, head);
      return true;
    }
    return realtime.handleUpgrade(req, socket, head);
  });
  server.on('request', (req, res) => {
    // Before anything else: a request for a name this server does not go by (DNS rebinding) gets nothing but a 421.
    if (!guard.admitRequest(req, res)) return;
    if (live.handleRequest(req, res)) return;
    if (realtime.handleRequest(req, res)) return;
    serveSite(req, res);
  });
  return {
    server,
    live,
    stomp,
    realtime,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([live.close(), stomp.close(), realtime.close()]);
      // Answers written during shutdown leave keep-alive connections idle only once flushed: close them as they become so.
      let done = false;
      void closed.then(() => { done = true; });
      for (let waited = 0; !done && waited < config.closeGraceMs; waited += IDLE_SWEEP_MS) {
        server.closeIdleConnections();
        await new Promise((resolve) => setTimeout(resolve, IDLE_SWEEP_MS));
      }
      server.closeAllConnections();
      await closed;
    },
  };
}
