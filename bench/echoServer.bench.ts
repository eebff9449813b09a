/**
 * Socket Lab's WebSocket echo (/ws on the one HTTP server, `createServer`) against
 * a bare `ws` echo server, in the same run, on loopback:
 *   - round trips per second and p50/p99 latency with 1, 100 and 1,000 concurrent
 *     clients (closed loop: each client sends 32 bytes of text, waits for the echo,
 *     sends again), plus the server's CPU time per round trip;
 *   - memory per idle connection with 10,000 connections (fewer if `ulimit -n` is low).
 * Each server runs in its own child process (this file with `serve <kind>`), the
 * clients in this one, so on two cores client and server each get one. Runs
 * alternate A B B A A B B A against one server process of each kind; the figures are
 * each kind's medians, the ratios the medians of side-by-side pairs. Wall-clock
 * rates move with whatever else the machine runs (the load average is printed);
 * server CPU per round trip is the steadier comparison. The idle-memory test
 * starts fresh servers.
 * Target: Socket Lab ≥ 0.9 × bare ws in round trips per second.
 *
 *   npx tsx bench/echoServer.bench.ts
 */
import { execSync, fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import WebSocket, { WebSocketServer } from 'ws';

type Kind = 'bare' | 'socketlab';
const KINDS: readonly Kind[] = ['bare', 'socketlab'];
const LABEL: Readonly<Record<Kind, string>> = { bare: 'bare ws', socketlab: 'Socket Lab' };

const CONCURRENCY = [1, 100, 1000] as const;
const IDLE_CONNECTIONS = 10_000;
const PAYLOAD = 'x'.repeat(32);
const WARM_UP_MS = 400;
const MEASURE_MS = 1000;
// A B B A, twice: each kind runs as often first as second.
const ORDER: readonly Kind[] = ['bare', 'socketlab', 'socketlab', 'bare', 'bare', 'socketlab', 'socketlab', 'bare'];
const OPEN_BATCH = 500;
// Descriptors this process needs besides the sockets (stdio, IPC, libuv, the odd file).
const FD_MARGIN = 300;
const MAX_LATENCY_SAMPLES = 2_000_000;
const STEP_TIMEOUT_MS = 60_000;
const BENCH_TIMEOUT_MS = 170_000;

// ---------------------------------------------------------------- server side (child process)

type ToChild = { readonly cmd: 'cpu' } | { readonly cmd: 'memory' };
type FromChild = { readonly port: number } | { readonly cpuMicros: number } | { readonly heap: number; readonly rss: number };

async function serve(kind: Kind): Promise<void> {
  let port: number;
  if (kind === 'bare') {
    const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false });
    wss.on('connection', (ws) => ws.on('message', (data, isBinary) => ws.send(data as Buffer, { binary: isBinary })));
    await new Promise((resolve) => wss.once('listening', resolve));
    port = (wss.address() as AddressInfo).port;
  } else {
    const { createServer } = await import('../server/createServer');
    const siteDir = mkdtempSync(join(tmpdir(), 'socket-lab-bench-'));
    writeFileSync(join(siteDir, 'index.html'), '<!doctype html><title>bench</title>');
    // Limits raised for the bench: every client comes from 127.0.0.1, and idle sockets must stay.
    const lab = createServer(siteDir, {
      live: { maxConnections: 50_000, maxConnectionsPerAddress: 50_000, idleTimeoutMs: 3_600_000, handshakeTimeoutMs: 60_000 },
    });
    await new Promise<void>((resolve) => lab.server.listen(0, '127.0.0.1', () => resolve()));
    port = (lab.server.address() as AddressInfo).port;
  }
  const reply = (message: FromChild) => process.send!(message);
  process.on('message', (message: ToChild) => {
    if (message.cmd === 'cpu') {
      const cpu = process.cpuUsage();
      reply({ cpuMicros: cpu.user + cpu.system });
    } else {
      global.gc?.();
      global.gc?.();
      const memory = process.memoryUsage();
      reply({ heap: memory.heapUsed + memory.external, rss: memory.rss });
    }
  });
  process.on('disconnect', () => process.exit(0));
  reply({ port });
}

// ---------------------------------------------------------------- client side (this process)

/** A server child and a way to ask it things. */
interface Child {
  readonly process: ChildProcess;
  readonly port: number;
  ask<T extends FromChild>(message: ToChild): Promise<T>;
  stop(): Promise<void>;
}

function bounded<T>(promise: Promise<T>, what: string, ms = STEP_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out: ${what}`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

async function startChild(kind: Kind): Promise<Child> {
  const child = fork(fileURLToPath(import.meta.url), ['serve', kind], { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const first = await bounded(new Promise<FromChild>((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  }), `${kind} server to start`);
  if (!('port' in first)) throw new Error('unexpected first message');
  return {
    process: child,
    port: first.port,
    ask: <T extends FromChild>(message: ToChild) => bounded(new Promise<T>((resolve) => {
      child.once('message', (m) => resolve(m as T));
      child.send(message);
    }), `${kind} server to answer ${message.cmd}`),
    stop: () => bounded(new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    }), `${kind} server to exit`),
  };
}

/** Opens `count` clients, OPEN_BATCH at a time. */
async function openClients(port: number, count: number): Promise<WebSocket[]> {
  const clients: WebSocket[] = [];
  for (let start = 0; start < count; start += OPEN_BATCH) {
    const batch = Array.from({ length: Math.min(OPEN_BATCH, count - start) }, () => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { perMessageDeflate: false });
      clients.push(ws);
      return new Promise<void>((resolve, reject) => {
        ws.once('open', () => resolve());
        ws.once('error', reject);
      });
    });
    await bounded(Promise.all(batch), `clients ${start}…${start + batch.length} to connect`);
  }
  return clients;
}

/** Closes the clients and waits until they are closed, so the next run starts clean. */
async function closeClients(sockets: WebSocket[]): Promise<void> {
  await bounded(Promise.all(sockets.map((ws) => new Promise<void>((resolve) => {
    if (ws.readyState === WebSocket.CLOSED) return resolve();
    ws.once('close', () => resolve());
    ws.terminate();
  }))), 'clients to close');
}

/** Round trips per wall-clock second, latency percentiles (ms) and server CPU µs per round trip. */
interface EchoFigures {
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly cpuPerTrip: number;
}

async function measureEcho(child: Child, clients: number): Promise<EchoFigures> {
  const sockets = await openClients(child.port, clients);
  const samples = new Float64Array(MAX_LATENCY_SAMPLES);
  let recorded = 0;
  let trips = 0;
  let measuring = false;
  let running = true;
  for (const ws of sockets) {
    let sentAt = 0;
    ws.on('message', () => {
      const now = performance.now();
      if (measuring) {
        trips += 1;
        if (recorded < MAX_LATENCY_SAMPLES) samples[recorded++] = now - sentAt;
      }
      if (!running) return;
      sentAt = now;
      ws.send(PAYLOAD);
    });
    sentAt = performance.now();
    ws.send(PAYLOAD);
  }
  await new Promise((resolve) => setTimeout(resolve, WARM_UP_MS));
  const cpuBefore = (await child.ask<{ cpuMicros: number }>({ cmd: 'cpu' })).cpuMicros;
  measuring = true;
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, MEASURE_MS));
  measuring = false;
  const elapsed = performance.now() - started;
  const cpuAfter = (await child.ask<{ cpuMicros: number }>({ cmd: 'cpu' })).cpuMicros;
  running = false;
  await closeClients(sockets);
  const sorted = samples.subarray(0, recorded).sort();
  const at = (q: number) => sorted[Math.min(recorded - 1, Math.floor(q * recorded))] ?? Number.NaN;
  return { perSecond: (trips / elapsed) * 1000, p50: at(0.5), p99: at(0.99), cpuPerTrip: (cpuAfter - cpuBefore) / Math.max(1, trips) };
}

/** Bytes per idle connection in the server process: heap + external, and resident set. */
async function measureIdle(kind: Kind, count: number): Promise<{ heap: number; rss: number }> {
  const child = await startChild(kind);
  // One connection first, so lazily loaded code is not counted as per-connection memory.
  const warm = await openClients(child.port, 1);
  const before = await child.ask<{ heap: number; rss: number }>({ cmd: 'memory' });
  const sockets = await openClients(child.port, count);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const after = await child.ask<{ heap: number; rss: number }>({ cmd: 'memory' });
  await child.stop();
  await closeClients([...warm, ...sockets]);
  return { heap: (after.heap - before.heap) / count, rss: (after.rss - before.rss) / count };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  const limit = Number(execSync('ulimit -n', { shell: '/bin/sh' }).toString().trim());
  const idle = Number.isFinite(limit) && limit < IDLE_CONNECTIONS + FD_MARGIN ? Math.max(100, limit - FD_MARGIN) : IDLE_CONNECTIONS;
  console.log(`Echo server bench on loopback: ${PAYLOAD.length}-byte text, closed loop, ${MEASURE_MS} ms per run after ${WARM_UP_MS} ms warm-up, runs A B B A A B B A, medians.`);
  // Other processes on the machine skew wall-clock figures; the load average says how much.
  console.log(`Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)}, ulimit -n ${limit}.`);
  if (idle < IDLE_CONNECTIONS) console.log(`Note: ulimit -n is ${limit}, so the idle-memory test opens ${idle} connections instead of ${IDLE_CONNECTIONS}.`);
  console.log('');
  console.log('clients | server      | round trips/s | p50 ms | p99 ms | server CPU µs/trip');
  console.log('--------|-------------|---------------|--------|--------|-------------------');
  const ratios: string[] = [];
  // One server process of each kind for all the echo runs; the memory test starts fresh ones.
  const children: Record<Kind, Child> = { bare: await startChild('bare'), socketlab: await startChild('socketlab') };
  for (const clients of CONCURRENCY) {
    const runs: Record<Kind, EchoFigures[]> = { bare: [], socketlab: [] };
    for (const kind of ORDER) runs[kind].push(await measureEcho(children[kind], clients));
    const figures = {} as Record<Kind, EchoFigures>;
    for (const kind of KINDS) {
      const r = runs[kind];
      figures[kind] = { perSecond: median(r.map((x) => x.perSecond)), p50: median(r.map((x) => x.p50)), p99: median(r.map((x) => x.p99)), cpuPerTrip: median(r.map((x) => x.cpuPerTrip)) };
      const f = figures[kind];
      console.log(`${String(clients).padStart(7)} | ${LABEL[kind].padEnd(11)} | ${fmt(f.perSecond).padStart(13)} | ${fmt(f.p50, 3).padStart(6)} | ${fmt(f.p99, 3).padStart(6)} | ${fmt(f.cpuPerTrip, 1).padStart(17)}`);
    }
    // Ratios of runs made side by side (the i-th of each kind), then their median: steadier than a ratio of medians.
    const paired = (f: (x: EchoFigures, y: EchoFigures) => number) => median(runs.socketlab.map((x, i) => f(x, runs.bare[i]!)));
    const throughput = paired((lab, bare) => lab.perSecond / bare.perSecond);
    const efficiency = paired((lab, bare) => bare.cpuPerTrip / lab.cpuPerTrip);
    ratios.push(`${clients} client${clients === 1 ? '' : 's'}: ${fmt(throughput, 2)}× round trips/s, ${fmt(efficiency, 2)}× server CPU efficiency (trips per CPU-second)`);
  }
  for (const kind of KINDS) await children[kind].stop();
  console.log('');
  console.log('Socket Lab / bare ws (target ≥ 0.90):');
  for (const line of ratios) console.log(`  ${line}`);
  console.log('');
  console.log(`Memory per idle connection in the server process (${fmt(idle)} connections):`);
  const memory = {} as Record<Kind, { heap: number; rss: number }>;
  for (const kind of KINDS) {
    memory[kind] = await measureIdle(kind, idle);
    console.log(`  ${LABEL[kind].padEnd(11)} heap+external ${fmt(memory[kind].heap / 1024, 2)} KiB, RSS ${fmt(memory[kind].rss / 1024, 2)} KiB`);
  }
  console.log(`  Socket Lab / bare ws: ${fmt(memory.socketlab.heap / memory.bare.heap, 2)}× heap+external, ${fmt(memory.socketlab.rss / memory.bare.rss, 2)}× RSS`);
  console.log(`Load average at the end: ${loadavg()[0]!.toFixed(1)}.`);
}

if (process.argv[2] === 'serve') {
  void serve(process.argv[3] as Kind);
} else {
  const overall = setTimeout(() => {
    console.error(`The bench did not finish within ${BENCH_TIMEOUT_MS / 1000} s; stopping.`);
    process.exit(1);
  }, BENCH_TIMEOUT_MS);
  main().then(
    () => { clearTimeout(overall); process.exit(0); },
    (error: unknown) => { console.error(error); process.exit(1); },
  );
}
