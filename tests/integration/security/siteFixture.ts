/** A throwaway built site with an inline script, a style attribute, an embed page and a 404 page, served by the real server. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type CreateServerOptions, type SocketLabServer } from '../../../server/createServer';

/** The inline script every fixture page carries. */
export const INLINE_SCRIPT = "document.documentElement.dataset.ran='yes'";

/** Writes the fixture site and returns its folder. */
export function fixtureSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'socket-lab-security-'));
  const page = (body: string) => `<!doctype html><meta charset="utf-8"><title>t</title><script>${INLINE_SCRIPT}</script>${body}`;
  writeFileSync(join(dir, 'index.html'), page('<p style="color: teal">home'));
  mkdirSync(join(dir, 'embed', 'polling'), { recursive: true });
  writeFileSync(join(dir, 'embed', 'polling', 'index.html'), page('<p>embed'));
  writeFileSync(join(dir, '404.html'), page('<p>not here'));
  writeFileSync(join(dir, 'app.js'), 'console.log(1)');
  return dir;
}

/** A running server on 127.0.0.1 and a port. */
export interface Running {
  readonly lab: SocketLabServer;
  readonly port: number;
  close(): Promise<void>;
}

/** Starts the real server over the fixture site (or over `site`, a fixture site the test added to). */
export async function startOnFixture(options: CreateServerOptions = {}, site: string = fixtureSite()): Promise<Running> {
  const lab = createServer(site, options);
  await new Promise<void>((resolve) => lab.server.listen(0, '127.0.0.1', () => resolve()));
  return { lab, port: (lab.server.address() as AddressInfo).port, close: () => lab.close() };
}

/** One answer: status, headers, body. */
export interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** A request with headers of our choosing (fetch may not set Host). */
export function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
