/**
 * A throwaway RabbitMQ node for the interop test: Debian's rabbitmq-server
 * with the rabbitmq_web_stomp plugin, on free loopback ports, with its own
 * node name, Mnesia directory, config, plugin list, Erlang cookie (HOME) and
 * epmd port in a temp dir, so it touches nothing of a system RabbitMQ.
 * Started in its own process group; stopped with SIGTERM to the group (about
 * 3 s on the CI machine; `rabbitmqctl stop` would first boot an Erlang VM), then its epmd is killed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acceptsConnections, freePort } from '../support/loopbackPorts';

/** Where Debian installs the scripts (the /usr/sbin wrappers would switch to the rabbitmq user). */
const BIN = '/usr/lib/rabbitmq/bin';

/** A running node. */
export interface RabbitBroker {
  /** "ws://127.0.0.1:<port>/ws": RabbitMQ Web-STOMP's endpoint. */
  readonly url: string;
  /** Seconds from spawn until Web-STOMP accepted a TCP connection. */
  readonly startSeconds: number;
  stop(): Promise<void>;
}

/** True when the Debian package is installed. */
export function rabbitInstalled(): boolean {
  return existsSync(join(BIN, 'rabbitmq-server')) && existsSync(join(BIN, 'rabbitmq-plugins'));
}

/** Starts a node and waits (up to `timeoutMs`) until Web-STOMP listens. */
export async function startRabbit(timeoutMs: number): Promise<RabbitBroker> {
  const dir = mkdtempSync(join(tmpdir(), 'socket-lab-rabbit-'));
  const [amqp, webStomp, dist, epmd] = [await freePort(), await freePort(), await freePort(), await freePort()];
  for (const sub of ['mnesia', 'log', 'home']) mkdirSync(join(dir, sub));
  writeFileSync(join(dir, 'rabbitmq.conf'), [
    `listeners.tcp.1 = 127.0.0.1:${amqp}`,
    'stomp.listeners.tcp = none', // rabbitmq_stomp (a dependency) would open 61613 otherwise
    `web_stomp.tcp.port = ${webStomp}`,
    'web_stomp.tcp.ip = 127.0.0.1',
    'log.console = true',
    'log.console.level = warning',
    'log.file = false',
    '',
  ].join('\n'));
  writeFileSync(join(dir, 'env.conf'), '');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: join(dir, 'home'),
    RABBITMQ_CONF_ENV_FILE: join(dir, 'env.conf'),
    RABBITMQ_CONFIG_FILE: join(dir, 'rabbitmq'),
    RABBITMQ_ADVANCED_CONFIG_FILE: join(dir, 'advanced.config'),
    RABBITMQ_MNESIA_BASE: join(dir, 'mnesia'),
    RABBITMQ_LOG_BASE: join(dir, 'log'),
    RABBITMQ_ENABLED_PLUGINS_FILE: join(dir, 'enabled_plugins'),
    RABBITMQ_PID_FILE: join(dir, 'pid'),
    RABBITMQ_NODENAME: `socketlab${process.pid}@localhost`,
    RABBITMQ_NODE_IP_ADDRESS: '127.0.0.1',
    RABBITMQ_NODE_PORT: String(amqp),
    RABBITMQ_DIST_PORT: String(dist),
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS: '-kernel inet_dist_use_interface {127,0,0,1}',
    ERL_EPMD_PORT: String(epmd),
    ERL_EPMD_ADDRESS: '127.0.0.1',
  };
  const enable = spawnSync(join(BIN, 'rabbitmq-plugins'), ['--offline', 'enable', 'rabbitmq_web_stomp'], { env, encoding: 'utf8', timeout: timeoutMs });
  if (enable.status !== 0) throw new Error(`rabbitmq-plugins failed: ${enable.stderr || enable.stdout}`);

  const started = performance.now();
  let output = '';
  const child: ChildProcess = spawn(join(BIN, 'rabbitmq-server'), [], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d: Buffer) => { output = (output + d.toString()).slice(-4000); });
  child.stderr!.on('data', (d: Buffer) => { output = (output + d.toString()).slice(-4000); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.pid) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      const killed = setTimeout(() => { try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ } }, 15_000);
      await exited;
      clearTimeout(killed);
    }
    // erl started this epmd (daemonized, outside the group) on our private port.
    spawnSync('epmd', ['-port', String(epmd), '-kill'], { env, timeout: 5000 });
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = started + timeoutMs;
  while (!(await acceptsConnections(webStomp))) {
    if (child.exitCode !== null || performance.now() > deadline) {
      await stop();
      throw new Error(`RabbitMQ did not listen on ${webStomp} within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url: `ws://127.0.0.1:${webStomp}/ws`, startSeconds: (performance.now() - started) / 1000, stop };
}
