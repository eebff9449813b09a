/**
 * A throwaway Redis for the two-node test: Debian's redis-server on a free
 * loopback port, with no persistence (nothing written to disk), stopped with
 * SIGTERM after the test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { acceptsConnections, freePort } from '../../support/loopbackPorts';

/** A running Redis. */
export interface RedisServer {
  /** "redis://127.0.0.1:<port>". */
  readonly url: string;
  stop(): Promise<void>;
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
    if (await acceptsConnections(port)) return { url: `redis://127.0.0.1:${port}`, stop };
  }
  await stop();
  throw new Error(`redis-server did not accept connections within ${timeoutMs} ms`);
}
