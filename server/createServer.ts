import { existsSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { pathLanguage } from '../src/i18n/localizedPath';
import { systemClock, type Clock } from './live/clock';
import { readLiveConfig, type LiveConfig } from './live/liveConfig';
import { liveServer, type LiveServer } from './live/liveServer';

/** The running server and how to stop it. */
export interface SocketLabServer {
  readonly server: Server;
  /** The live endpoints (WebSocket echo, polling, SSE …) on the same server. */
  readonly live: LiveServer;
  /** Graceful shutdown: held requests and streams end, WebSockets get 1001; resolves once every connection is closed. */
  close(): Promise<void>;
}

/** How to build the server; everything is optional. */
export interface CreateServerOptions {
  /** Limits of the live endpoints, over the defaults and the LIVE_* environment variables. */
  readonly live?: Partial<LiveConfig>;
  /** The clock for the live endpoints' timestamps and timers. */
  readonly clock?: Clock;
}

// While shutting down, how often to close connections that have just become idle.
const IDLE_SWEEP_MS = 20;

/**
 * One HTTP server for everything: the built static site, and the live panel's
 * endpoints (see server/live/README.md) on the same port.
 */
export function createServer(siteDir: string, options: CreateServerOptions = {}): SocketLabServer {
  const config = readLiveConfig(process.env, options.live);
  // sirv: ETags, precise Content-Types, HEAD/Range, path traversal protection; dev:false caches the file list.
  const serveSite = sirv(siteDir, { dev: false, etag: true, extensions: ['html'] });
  const notFoundFile = join(siteDir, '404.html');
  // The site's own 404 page when it was built; a bare one otherwise.
  const notFoundPage = existsSync(notFoundFile) ? readFileSync(notFoundFile) : '<!doctype html><meta charset="utf-8"><title>Not found</title><p>Not found. <a href="/">Home</a></p>';
  // A missing page under /ko/ gets the Korean edition's 404 (when it was built; Astro writes it as ko/404/index.html).
  const koreanNotFoundFile = join(siteDir, 'ko', '404', 'index.html');
  const koreanNotFoundPage = existsSync(koreanNotFoundFile) ? readFileSync(koreanNotFoundFile) : notFoundPage;
  const server = createHttpServer();
  const live = liveServer(server, config, options.clock ?? systemClock);
  server.on('request', (req, res) => {
    if (live.handleRequest(req, res)) return;
    serveSite(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(pathLanguage(req.url ?? '/') === 'ko' ? koreanNotFoundPage : notFoundPage);
    });
  });
  return {
    server,
    live,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await live.close();
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
