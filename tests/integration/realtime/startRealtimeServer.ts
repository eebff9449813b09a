/** Starts the real server with short Socket.IO / SockJS heartbeats, for tests that wait for them. */
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type SocketLabServer } from '../../../server/createServer';
import type { RealtimeOptions } from '../../../server/realtime/realtimeOptions';

/** A running server with `realtime` options. */
export async function startRealtimeServer(realtime: Partial<RealtimeOptions>): Promise<{ lab: SocketLabServer; http: string; close(): Promise<void> }> {
  const lab = createServer(mkdtempSync(join(tmpdir(), 'socket-lab-site-')), { realtime });
  await new Promise<void>((resolve) => lab.server.listen(0, '127.0.0.1', () => resolve()));
  return { lab, http: `http://127.0.0.1:${(lab.server.address() as AddressInfo).port}`, close: () => lab.close() };
}
