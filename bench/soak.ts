/**
 * Soak and attack suite for the live server (server/live/README.md, "Limits"):
 * replays, on loopback only, the attacks the hardening was built against and a
 * basic load, and prints what each did to the server.
 *
 *   1. frame-mirror flood: 480 `socketlab.v1` + `?mirror=1` connections from 15
 *      loopback addresses (127.0.0.2–16), each opening a text message and sending
 *      16,382 legal empty continuation frames (`00 80 <mask>`, 98 KB; 47 MB in all),
 *      against the default limits and again with LIVE_MAX_FRAGMENTS at ws's 16,384
 *      (so the mirror's byte budget is all that holds);
 *   2. session hog: 200 `GET /api/poll?session=hogN` at once from one address, then
 *      500 `POST /api/send` over those sessions, while another address asks for a session;
 *   3. protocol guard: the same closed-loop echo load on Socket Lab and on a bare `ws`
 *      server, with whole text messages and with text in two fragments (the case the
 *      guard validates), for server CPU per echo.
 *
 * During each attack a well-behaved client sends 1,000 echoes one after the other,
 * 5 ms apart (lost = not back within 2 s), and a poller asks `/api/poll` every 50 ms, both in a
 * process of their own. Printed:
 * peak server RSS, echoes lost, poll answer times, connections held, and CPU per echo
 * against bare `ws`. The servers run in child processes (this file with `serve`),
 * with the default limits. Bounded: every step has a time limit, the whole run
 * stops itself after 4 minutes.
 *
 *   node --import tsx bench/soak.ts            (SOAK_ONLY=load|flood|hog for one part)
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { cpus, loadavg, setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import WebSocket, { WebSocketServer } from 'ws';
import { buildHandshakeRequest, encodeFrame, OPCODE_CONTINUATION, OPCODE_TEXT } from '../src/sim/index';

type Kind = 'bare' | 'socketlab';

const FLOOD_CONNECTIONS = 480;
const FLOOD_ADDRESSES = 15;
const FLOOD_CONTINUATIONS = 16_382;
const GOOD_ECHOES = 1000;
const ECHO_TIMEOUT_MS = 2000;
const POLL_EVERY_MS = 50;
// The good client paces its echoes, so the 1,000 span the whole attack (about 5 s or more).
const ECHO_EVERY_MS = 5;
const HOG_SESSIONS = 200;
const HOG_SENDS = 500;
const LOAD_CLIENTS = 50;
const LOAD_MS = 3000;
const RSS_SAMPLE_MS = 10;
const RUN_LIMIT_MS = 240_000;
const KEY = [0x37, 0xfa, 0x21, 0x3d];
const MB = 1024 * 1024;

// ---------------------------------------------------------------- server side (child process)

type ToChild = { readonly cmd: 'phase' } | { readonly cmd: 'report' };
interface Report { readonly peakRss: number; readonly rss: number; readonly cpuMicros: number; readonly webSockets: number; readonly sessions: number; readonly loopDelayMaxMs: number; readonly loopDelayP99Ms: number }

async function serve(kind: Kind): Promise<void> {
  let port: number;
  let stats = (): { webSockets: number; sessions: number } => ({ webSockets: 0, sessions: 0 });
  if (kind === 'bare') {
    const wss = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false });
    wss.on('connection', (ws) => ws.on('message', (data, isBinary) => ws.send(data as Buffer, { binary: isBinary })));
    await new Promise((resolve) => wss.once('listening', resolve));
    port = (wss.address() as AddressInfo).port;
  } else {
    const { createServer } = await import('../server/createServer');
    const siteDir = mkdtempSync(join(tmpdir(), 'socket-lab-soak-'));
    writeFileSync(join(siteDir, 'index.html'), '<!doctype html><title>soak</title>');
    // The default limits: the point is that they hold. Only the echo load's 50 clients share one address.
    const lab = createServer(siteDir, { live: { maxConnectionsPerAddress: 64 } });
    await new Promise<void>((resolve) => lab.server.listen(0, '127.0.0.1', () => resolve()));
    port = (lab.server.address() as AddressInfo).port;
    stats = () => lab.live.stats();
  }
  let peakRss = 0;
  setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage.rss()); }, RSS_SAMPLE_MS).unref();
  // How long the server's event loop was held up: what every client waits on, measured where it happens.
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  process.on('message', (message: ToChild) => {
    if (message.cmd === 'phase') {
      peakRss = process.memoryUsage.rss();
      loop.reset();
      process.send!({ ok: true });
      return;
    }
    const cpu = process.cpuUsage();
    const rss = process.memoryUsage.rss();
    const report: Report = {
      peakRss: Math.max(peakRss, rss), rss, cpuMicros: cpu.user + cpu.system, ...stats(),
      loopDelayMaxMs: loop.max / 1e6, loopDelayP99Ms: loop.percentile(99) / 1e6,
    };
    process.send!(report);
  });
  process.on('disconnect', () => process.exit(0));
  process.on('SIGTERM', () => process.exit(0));
  process.send!({ port });
}

// ---------------------------------------------------------------- client side

interface Server {
  readonly kind: Kind;
  readonly port: number;
  readonly child: ChildProcess;
  /** False once the process has died. */
  alive: boolean;
}

function askServer<T>(server: Server, message: ToChild): Promise<T> {
  const answer = withTimeout(new Promise<T>((resolve) => server.child.once('message', (m) => resolve(m as T))), 30_000, 'the server to answer');
  server.child.send(message);
  return answer;
}

async function start(kind: Kind, env: Record<string, string> = {}): Promise<Server> {
  // SOAK_CPU_PROF=<dir>: each server writes a V8 CPU profile there when it stops.
  const profile = process.env.SOAK_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.SOAK_CPU_PROF}`] : [];
  const child = fork(fileURLToPath(import.meta.url), ['serve', kind], { execArgv: ['--import', 'tsx', ...profile], stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env, ...env } });
  const { port } = await withTimeout(new Promise<{ port: number }>((resolve) => child.once('message', (m) => resolve(m as { port: number }))), 20_000, 'the server to start');
  const server: Server = { kind, port, child, alive: true };
  child.once('exit', (code, signal) => {
    server.alive = false;
    console.log(`  !! the ${kind} server exited (code ${code}, signal ${signal})`);
  });
  return server;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A raw socket past the opening handshake, from `localAddress`. */
async function rawSocket(port: number, path: string, protocol: string | undefined, localAddress: string): Promise<Socket | string> {
  const socket = connect({ port, host: '127.0.0.1', localAddress });
  socket.on('error', () => {});
  const headers = protocol ? [{ name: 'Sec-WebSocket-Protocol', value: protocol }] : [];
  socket.write(buildHandshakeRequest({ host: `127.0.0.1:${port}`, path, key: 'dGhlIHNhbXBsZSBub25jZQ==', headers }).bytes);
  return withTimeout(new Promise<Socket | string>((resolve) => {
    let head = '';
    const onData = (chunk: Buffer): void => {
      head += chunk.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      socket.off('data', onData);
      const status = head.split('\r\n')[0]!;
      // Whatever else the server sends (the hello, mirror reports) is read and dropped.
      socket.on('data', () => {});
      if (status.startsWith('HTTP/1.1 101')) resolve(socket);
      else { socket.destroy(); resolve(status); }
    };
    socket.on('data', onData);
    socket.on('close', () => resolve('closed'));
  }), 10_000, 'a handshake').catch(() => 'timed out');
}

/** GET/POST from `localAddress`; status and time taken (status 0: failed). */
function http(port: number, path: string, localAddress = '127.0.0.1', method = 'GET', body = ''): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, method, localAddress, agent: false, timeout: 5000 }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
    });
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    req.on('timeout', () => req.destroy());
    req.end(body);
  });
}

/** What the bystanders saw during an attack. */
interface Bystanders { lost: number; pollMs: number[]; pollFailed: number }

/**
 * The bystanders run in a process of their own, as real users would: in the attacker's
 * process, its synchronous 45 MB of writes stalled their timers and the poll times measured
 * the attacker's event loop as much as the server's.
 */
async function bystanders(server: Server): Promise<() => Promise<Bystanders>> {
  const child = fork(fileURLToPath(import.meta.url), ['bystanders', String(server.port)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`the bystanders exited (code ${code})`))));
  exited.catch(() => {});
  const next = (): Promise<unknown> => Promise.race([new Promise((resolve) => child.once('message', resolve)), exited]);
  await withTimeout(next(), 20_000, 'the bystanders to start');
  return () => {
    const seen = next() as Promise<Bystanders>;
    child.send('go');
    return withTimeout(seen, RUN_LIMIT_MS, 'the bystanders');
  };
}

/** Started by `bystanders`: waits for 'go' so the attack and the watching start together. */
async function runBystanders(port: number): Promise<void> {
  const go = new Promise((resolve) => process.once('message', resolve));
  process.send!('ready');
  await go;
  process.send!(await watch(port));
  process.exit(0);
}

/** A good client's 1,000 echoes, one after the other, and a poller every 50 ms, until the echoes are done. */
async function watch(port: number): Promise<Bystanders> {
  const server = { port };
  const result: Bystanders = { lost: 0, pollMs: [], pollFailed: 0 };
  let done = false;
  const poller = (async () => {
    while (!done) {
      const answer = await http(server.port, '/api/poll?session=soak-watch&rate=0');
      if (answer.status === 200) result.pollMs.push(answer.ms);
      else result.pollFailed += 1;
      await pause(POLL_EVERY_MS);
    }
  })();
  let ws: WebSocket | undefined;
  try {
    ws = new WebSocket(`ws://127.0.0.1:${server.port}/ws`, ['echo'], { perMessageDeflate: false });
    ws.on('error', () => {});
    await withTimeout(new Promise((resolve, reject) => { ws!.once('open', resolve); ws!.once('error', reject); }), 5000, 'the good client to connect');
  } catch {
    result.lost = GOOD_ECHOES;
    done = true;
    await poller;
    return result;
  }
  const socket = ws;
  for (let i = 0; i < GOOD_ECHOES; i++) {
    const text = `good ${i}`;
    const back = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => { socket.off('message', onMessage); resolve(false); }, ECHO_TIMEOUT_MS);
      const onMessage = (data: Buffer): void => {
        if (data.toString() !== text) return;
        clearTimeout(timer);
        socket.off('message', onMessage);
        resolve(true);
      };
      socket.on('message', onMessage);
    });
    if (socket.readyState === socket.OPEN) socket.send(text);
    if (!(await back)) result.lost += 1;
    await pause(ECHO_EVERY_MS);
  }
  socket.terminate();
  done = true;
  await poller;
  return result;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function printBystanders(name: string, before: Report, after: Report, seen: Bystanders, held: string): void {
  const poll = seen.pollMs;
  console.log(`  ${name}`);
  console.log(`    peak RSS ${(after.peakRss / MB).toFixed(0)} MB (${(before.rss / MB).toFixed(0)} MB before); ${held}`);
  console.log(`    server event loop delay: p99 ${after.loopDelayP99Ms.toFixed(0)} ms, max ${after.loopDelayMaxMs.toFixed(0)} ms; server CPU ${((after.cpuMicros - before.cpuMicros) / 1e6).toFixed(2)} s`);
  console.log(`    good client: ${seen.lost} of ${GOOD_ECHOES} echoes lost`);
  console.log(`    /api/poll: ${poll.length} answered, ${seen.pollFailed} failed; p50 ${percentile(poll, 50).toFixed(1)} ms, p99 ${percentile(poll, 99).toFixed(1)} ms, max ${Math.max(...poll).toFixed(1)} ms`);
}

interface FloodOpened { readonly opened: number; readonly refused: number; readonly openedInMs: number; readonly bytesEach: number }

/**
 * The flood comes from a process of its own at the lowest CPU priority: on loopback the
 * attacker shares this machine's cores with the server, which a remote attacker does not,
 * and its 45 MB of synchronous writes would otherwise be measured as the server's slowness.
 */
async function runAttacker(port: number): Promise<void> {
  setPriority(19);
  const open = Buffer.from(encodeFrame({ opcode: OPCODE_TEXT, fin: false, payload: new Uint8Array(0), maskingKey: KEY }).bytes);
  const empty = Buffer.from(encodeFrame({ opcode: OPCODE_CONTINUATION, fin: false, payload: new Uint8Array(0), maskingKey: KEY }).bytes);
  const flood = Buffer.concat([open, ...Array.from({ length: FLOOD_CONTINUATIONS }, () => empty)]);
  const handshakes = performance.now();
  const opened = await Promise.all(Array.from({ length: FLOOD_CONNECTIONS }, (_, i) =>
    rawSocket(port, '/ws?mirror=1', 'socketlab.v1', `127.0.0.${2 + (i % FLOOD_ADDRESSES)}`)));
  const openedInMs = performance.now() - handshakes;
  const sockets = opened.filter((s): s is Socket => typeof s !== 'string');
  process.once('message', () => { for (const socket of sockets) socket.write(flood); });
  process.send!({ opened: sockets.length, refused: opened.length - sockets.length, openedInMs, bytesEach: flood.length } satisfies FloodOpened);
}

async function mirrorFlood(server: Server, label: string): Promise<void> {
  const attacker = fork(fileURLToPath(import.meta.url), ['attacker', String(server.port)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const flood = await withTimeout(new Promise<FloodOpened>((resolve) => attacker.once('message', (m) => resolve(m as FloodOpened))), 30_000, 'the attacker to connect');
    await pause(500);
    // Measured from here: the flood, not the handshakes before it.
    const startWatching = await bystanders(server);
    await askServer(server, { cmd: 'phase' });
    const before = await askServer<Report>(server, { cmd: 'report' });
    const seenPromise = startWatching();
    attacker.send('go');
    const seen = await seenPromise;
    const after = server.alive ? await askServer<Report>(server, { cmd: 'report' }) : { ...before, peakRss: Number.NaN, loopDelayMaxMs: Number.NaN, loopDelayP99Ms: Number.NaN };
    const sent = (flood.opened * flood.bytesEach) / MB;
    printBystanders(`frame-mirror flood (${label}): ${flood.opened} connections from ${FLOOD_ADDRESSES} addresses, ${sent.toFixed(0)} MB of empty continuation frames${flood.refused ? ` (${flood.refused} refused)` : ''}`,
      before, after, seen, `${after.webSockets} WebSockets held at the end; the ${flood.opened + flood.refused} handshakes took ${flood.openedInMs.toFixed(0)} ms`);
  } finally {
    attacker.kill();
  }
  await pause(500);
}

async function sessionHog(server: Server): Promise<void> {
  const startWatching = await bystanders(server);
  await askServer(server, { cmd: 'phase' });
  const before = await askServer<Report>(server, { cmd: 'report' });
  const seenPromise = startWatching();
  const started = performance.now();
  const polls = await Promise.all(Array.from({ length: HOG_SESSIONS }, (_, i) => http(server.port, `/api/poll?session=hog${i}&rate=0`, '127.0.0.20')));
  const took = performance.now() - started;
  const fair = await http(server.port, '/api/poll?session=fair-share&rate=0', '127.0.0.21');
  const sends = await Promise.all(Array.from({ length: HOG_SENDS }, (_, i) => http(server.port, `/api/send?session=hog${i % HOG_SESSIONS}`, '127.0.0.20', 'POST', 'x'.repeat(4096))));
  const seen = await seenPromise;
  const after = await askServer<Report>(server, { cmd: 'report' });
  const count = (answers: { status: number }[], status: number) => answers.filter((a) => a.status === status).length;
  printBystanders(`session hog: ${HOG_SESSIONS} sessions asked in ${took.toFixed(0)} ms from one address → ${count(polls, 200)} given, ${count(polls, 503)} refused; another address: ${fair.status}; ${HOG_SENDS} sends → ${count(sends, 202)} accepted, ${count(sends, 429)} refused with 429, ${count(sends, 503)} with 503 (no such session for this address)`,
    before, after, seen, `${after.sessions} sessions held at the end`);
}

/** Closed-loop echo load: LOAD_CLIENTS clients, each sending and waiting for its echo, for LOAD_MS. */
async function echoLoad(server: Server, fragmented: boolean): Promise<{ echoes: number; cpuMicros: number }> {
  const text = 'x'.repeat(1024);
  const sockets = await Promise.all(Array.from({ length: LOAD_CLIENTS }, (_, i) =>
    rawSocket(server.port, '/ws', 'echo', '127.0.0.1').then((s) => { if (typeof s === 'string') throw new Error(`load client ${i}: ${s}`); return s; })));
  const whole = Buffer.from(encodeFrame({ opcode: OPCODE_TEXT, payload: Buffer.from(text), maskingKey: KEY }).bytes);
  const parts = Buffer.concat([
    encodeFrame({ opcode: OPCODE_TEXT, fin: false, payload: Buffer.from(text.slice(0, 512)), maskingKey: KEY }).bytes,
    encodeFrame({ opcode: OPCODE_CONTINUATION, fin: true, payload: Buffer.from(text.slice(512)), maskingKey: KEY }).bytes,
  ]);
  const message = fragmented ? parts : whole;
  // The echo is one unmasked frame: 2 + 2 header bytes + 1024.
  const echoBytes = 4 + text.length;
  let echoes = 0;
  let running = true;
  for (const socket of sockets) {
    let got = 0;
    socket.removeAllListeners('data');
    socket.on('data', (chunk: Buffer) => {
      got += chunk.length;
      while (got >= echoBytes) {
        got -= echoBytes;
        echoes += 1;
        if (running) socket.write(message);
      }
    });
  }
  await pause(300);
  const cpuBefore = (await askServer<Report>(server, { cmd: 'report' })).cpuMicros;
  const counted = echoes;
  for (const socket of sockets) socket.write(message);
  await pause(LOAD_MS);
  const cpuAfter = (await askServer<Report>(server, { cmd: 'report' })).cpuMicros;
  const total = echoes - counted;
  running = false;
  for (const socket of sockets) socket.destroy();
  await pause(200);
  return { echoes: total, cpuMicros: cpuAfter - cpuBefore };
}

async function guardCost(lab: Server, bare: Server): Promise<void> {
  console.log(`  echo load: ${LOAD_CLIENTS} clients, 1 KiB text, closed loop, ${LOAD_MS / 1000} s each (server CPU per echo)`);
  for (const fragmented of [false, true]) {
    const rows: string[] = [];
    const perEcho: Record<Kind, number> = { bare: 0, socketlab: 0 };
    // A B B A: each server runs as often first as second.
    for (const server of [bare, lab, lab, bare]) {
      const { echoes, cpuMicros } = await echoLoad(server, fragmented);
      perEcho[server.kind] += cpuMicros / Math.max(1, echoes) / 2;
      rows.push(`${server.kind} ${echoes}`);
    }
    console.log(`    ${fragmented ? 'two fragments' : 'one frame    '}: bare ws ${perEcho.bare.toFixed(1)} µs, Socket Lab ${perEcho.socketlab.toFixed(1)} µs per echo (${(perEcho.socketlab / perEcho.bare).toFixed(2)}×); echoes per run: ${rows.join(', ')}`);
  }
}

async function main(): Promise<void> {
  const stop = setTimeout(() => { console.log('soak: time limit reached, stopping'); process.exit(2); }, RUN_LIMIT_MS);
  console.log(`Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)}; loopback only, default LIVE_* limits.`);
  const lab = await start('socketlab');
  const bare = await start('bare');
  try {
    const only = process.env.SOAK_ONLY;
    if (!only || only === 'load') await guardCost(lab, bare);
    if (!only || only === 'flood') {
      await mirrorFlood(lab, 'default limits: cut at LIVE_MAX_FRAGMENTS with 1008');
      // ws's own fragment limit, so every frame reaches the mirror and its byte budget alone holds.
      const wide = process.env.SOAK_SKIP_WIDE ? undefined : await start('socketlab', { LIVE_MAX_FRAGMENTS: '16384' });
      if (wide) try {
        await mirrorFlood(wide, 'LIVE_MAX_FRAGMENTS=16384: the mirror budget alone');
      } finally {
        wide.child.kill();
      }
    }
    if (lab.alive && (!only || only === 'hog')) await sessionHog(lab);
  } finally {
    clearTimeout(stop);
    lab.child.kill();
    bare.child.kill();
  }
}

if (process.argv[2] === 'serve') void serve(process.argv[3] as Kind);
else if (process.argv[2] === 'bystanders') void runBystanders(Number(process.argv[3]));
else if (process.argv[2] === 'attacker') void runAttacker(Number(process.argv[3]));
else void main().catch((error: unknown) => { console.error(error); process.exit(1); });
