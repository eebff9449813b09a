/**
 * `npm start`: build the site if it is missing or stale, then serve it (and,
 * later, the live endpoints) from one process on one port.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConfig } from './config';
import { createServer } from './createServer';
import { attachRedisAdapter, type RedisAdapterLink } from './realtime/redisAdapter';
import { siteIsStale } from './siteIsStale';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const siteDir = join(root, 'dist');

let config;
try {
  config = readConfig(process.env, siteDir);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

if (siteIsStale(root, siteDir)) {
  console.log('Building the site (first run or sources changed)…');
  const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/astro.js'), 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The site did not build; see the messages above.');
    process.exit(1);
  }
}

let running;
try {
  running = createServer(siteDir);
} catch (error) {
  // A malformed LIVE_* setting: say which, without a stack trace.
  console.error((error as Error).message);
  process.exit(2);
}
const { server } = running;

// Optional: more than one machine (see README "When one machine is not enough"). Unset, Socket.IO broadcasts stay in this process.
let redis: RedisAdapterLink | undefined;
const redisUrl = process.env.REDIS_URL?.trim();
if (redisUrl) {
  try {
    redis = await attachRedisAdapter(running.realtime.socketIo.io, redisUrl, (error) => console.error(`Redis: ${error.message}`));
    console.log(`Socket.IO broadcasts go through Redis at ${redisUrl}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}
const close = async (): Promise<void> => {
  await running.close();
  await redis?.close();
};
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${config.port} is in use: set PORT to another one.` : error.message);
  process.exit(1);
});
server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  console.log(`Socket Lab is running at http://${host}:${port}/`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void close().then(() => process.exit(0));
  });
}
