/**
 * A throwaway Redis for the two-node test: Debian's redis-server on a free
 * loopback port, with no persistence (nothing written to disk), stopped with
 * SIGTERM after the test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { connect, createServer } from 'node:net';

/** A running Redis. */
export interface RedisServer {
  /** "redis://127.0.0.1:<port>". */
  readonly url: string;
  stop(): Promise<void>;
}

/** A port nobody listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts redis-server and waits (up to `timeoutMs`) until it accepts connections. */
export async function startRedis(timeoutMs = 10_000): Promise<RedisServer> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--loglevel', 'warning'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let failure = '';
  child.stderr?.on('data', (chunk: Buffer) => { failure += chunk.toString(); });
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  const stop = async () => {
    child.kill('SIGTERM');
    await exited(child);
  };
  for (const started = Date.now(); Date.now() - started < timeoutMs;) {
    const error = await Promise.race([spawnError, new Promise<undefined>((resolve) => setTimeout(resolve, 50))]);
    if (error) throw new Error(`redis-server did not start (${error.message}); on Debian: apt-get install -y redis-server`);
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}: ${failure}`);
    if (await accepts(port)) return { url: `redis://127.0.0.1:${port}`, stop };
  }
  await stop();
  throw new Error(`redis-server did not accept connections within ${timeoutMs} ms`);
}
