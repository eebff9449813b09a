/** Starts the real Socket Lab server on a random loopback port, with a throwaway one-page site. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type SocketLabServer } from '../../../server/createServer';
import type { LiveConfig } from '../../../server/live/liveConfig';

/** A running server and its addresses. */
export interface StartedServer {
  readonly lab: SocketLabServer;
  readonly port: number;
  /** "http://127.0.0.1:<port>" */
  readonly http: string;
  /** "ws://127.0.0.1:<port>/ws" */
  readonly ws: string;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 port 0 with `live` limits over the defaults. */
export async function startLiveServer(live: Partial<LiveConfig> = {}): Promise<StartedServer> {
  const siteDir = mkdtempSync(join(tmpdir(), 'socket-lab-site-'));
  writeFileSync(join(siteDir, 'index.html'), '<!doctype html><title>Socket Lab</title><p>home');
  const lab = createServer(siteDir, { live });
  await new Promise<void>((resolve) => lab.server.listen(0, '127.0.0.1', () => resolve()));
  const port = (lab.server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    lab,
    port,
    http: `http://127.0.0.1:${port}`,
    ws: `ws://127.0.0.1:${port}/ws`,
    close: () => (closing ??= lab.close()),
  };
}
