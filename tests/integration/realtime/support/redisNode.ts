/**
 * One node of the two-node test: the project's server (with an empty site
 * folder) on a free loopback port, its Socket.IO broadcasting through the
 * Redis at REDIS_URL, as `npm start` does with REDIS_URL set. Prints
 * "listening <port>" once ready; SIGTERM closes it.
 */
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from '../../../../server/createServer';
import { attachRedisAdapter } from '../../../../server/realtime/redisAdapter';

const lab = createServer(mkdtempSync(join(tmpdir(), 'socket-lab-node-')));
const redis = await attachRedisAdapter(lab.realtime.socketIo.io, process.env.REDIS_URL ?? '', (error) => console.error(`redis: ${error.message}`));
lab.server.listen(0, '127.0.0.1', () => {
  console.log(`listening ${(lab.server.address() as AddressInfo).port}`);
});
process.on('SIGTERM', () => {
  void lab.close().then(() => redis.close()).then(() => process.exit(0));
});
