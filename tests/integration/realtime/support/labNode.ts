/** Spawns the project's server as a separate process (redisNode.ts) and waits until it listens. */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A running node. */
export interface LabNode {
  /** "http://127.0.0.1:<port>". */
  readonly http: string;
  readonly port: number;
  stop(): Promise<void>;
}

const script = join(dirname(fileURLToPath(import.meta.url)), 'redisNode.ts');

/** Starts one node broadcasting through `redisUrl`; rejects with its output if it does not listen within `timeoutMs`. */
export function startLabNode(redisUrl: string, timeoutMs = 20_000): Promise<LabNode> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    // Behind a balancer the Host is the balancer's; allow it on any port, as a deployment behind a proxy would (README, allowed hosts).
    env: { ...process.env, REDIS_URL: redisUrl, LIVE_ALLOWED_HOSTS: '127.0.0.1', NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the node did not listen within ${timeoutMs} ms: ${output}`));
    }, timeoutMs);
    child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /listening (\d+)/.exec(output)?.[1];
      if (!port) return;
      clearTimeout(timer);
      resolve({ http: `http://127.0.0.1:${port}`, port: Number(port), stop });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the node exited with ${code}: ${output}`));
    });
  });
}
