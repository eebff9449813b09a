/** A page of our own on a loopback port (another origin than the site), served for real so Chromium treats it as local. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running one-page server. */
export interface LoopbackPage {
  /** e.g. "http://127.0.0.1:43123/" */
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `html` at every path of 127.0.0.1 on a free port, with no security headers of its own. */
export async function serveLoopbackPage(html: string): Promise<LoopbackPage> {
  const server: Server = createServer((_, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
