import { existsSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

/** The running server and how to stop it. */
export interface SocketLabServer {
  readonly server: Server;
  /** Resolves once every connection is closed. */
  close(): Promise<void>;
}

/**
 * One HTTP server for everything: the built static site now, and the live
 * panel's endpoints (WebSocket echo, polling, SSE …) when they arrive.
 */
export function createServer(siteDir: string): SocketLabServer {
  // sirv: ETags, precise Content-Types, HEAD/Range, path traversal protection; dev:false caches the file list.
  const serveSite = sirv(siteDir, { dev: false, etag: true, extensions: ['html'] });
  const notFoundFile = join(siteDir, '404.html');
  // The site's own 404 page when it was built; a bare one otherwise.
  const notFoundPage = existsSync(notFoundFile) ? readFileSync(notFoundFile) : '<!doctype html><meta charset="utf-8"><title>Not found</title><p>Not found. <a href="/">Home</a></p>';
  const server = createHttpServer((req, res) => {
    serveSite(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(notFoundPage);
    });
  });
  return {
    server,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
