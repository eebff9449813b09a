/** Starts the real Socket Lab server on a random loopback port with STOMP limits for the test. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type SocketLabServer } from '../../../server/createServer';
import type { StompConfig } from '../../../server/stomp/stompConfig';

/** A running server and its broker URL. */
export interface StompServer {
  readonly lab: SocketLabServer;
  /** "ws://127.0.0.1:<port>/stomp" */
  readonly url: string;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 port 0 with `stomp` limits over the defaults. */
export async function startStompServer(stomp: Partial<StompConfig> = {}): Promise<StompServer> {
  const siteDir = mkdtempSync(join(tmpdir(), 'socket-lab-site-'));
  writeFileSync(join(siteDir, 'index.html'), '<!doctype html><title>Socket Lab</title><p>home');
  const lab = createServer(siteDir, { stomp });
  await new Promise<void>((resolve) => lab.server.listen(0, '127.0.0.1', () => resolve()));
  const port = (lab.server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return { lab, url: `ws://127.0.0.1:${port}/stomp`, close: () => (closing ??= lab.close()) };
}
