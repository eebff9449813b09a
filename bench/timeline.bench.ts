/**
 * How fast the simulator builds and reads big timelines: for each scenario
 * (and each streaming mode), a 10,000-event timeline is built, then 10,000
 * random `stateAt` seeks are made. Prints the median of a few runs.
 * Targets on a 2-core machine: build < 50 ms, one seek < 10 µs.
 * Wall time is what a reader waits; CPU time (this process only, all its
 * threads) is shown too, because on a shared machine other processes inflate
 * wall time: a build is on target when either figure is under 50 ms.
 *
 *   npx tsx bench/timeline.bench.ts            every scenario
 *   npx tsx bench/timeline.bench.ts sockjs     only the scenarios whose label contains "sockjs"
 *   npx tsx bench/timeline.bench.ts =websocket only the scenario labelled exactly "websocket"
 */
import { performance } from 'node:perf_hooks';
import {
  createPrng, defaultParams, layTcpSegments, runScenario, stateAt,
  type SockJsFault, type SocketIoFault, type Timeline, type WsCompression,
} from '../src/sim/index';

const EVENTS = 10_000;
const SEEKS = 10_000;
const RUNS = 7;
const WARM_UP_RUNS = 2;
const BUILD_TARGET_MS = 50;
const SEEK_TARGET_US = 10;

interface Case {
  readonly label: string;
  readonly build: () => Timeline;
  /** False for a figure printed for information, outside the build target (the segment layer is derived on demand). */
  readonly targeted?: boolean;
}

// Event spacing per scenario: polling batches 10 events per poll; long polling gets one event per
// round trip and then some (every event ends a hold: the most steps per event); streaming one chunk each.
const periodic = (periodMs: number) => ({ kind: 'periodic', periodMs, count: EVENTS }) as const;
// The WebSocket-based scenarios: one server event every 100 ms, from 2 s (after the handshakes), 3 s of tail.
const after2s = { kind: 'periodic', periodMs: 100, startMs: 2000, count: EVENTS } as const;
const windowMs = 100 * EVENTS + 3000;
const ws = (compression: WsCompression) =>
  runScenario('websocket', { ...defaultParams('websocket'), compression, events: periodic(100), durationMs: 100 * EVENTS });
const socketIo = (fault: SocketIoFault) => runScenario('socketio', { ...defaultParams('socketio'), fault, events: after2s, durationMs: windowMs });
const sockJs = (fault: SockJsFault) => runScenario('sockjs', { ...defaultParams('sockjs'), fault, events: after2s, durationMs: windowMs });
const CASES: readonly Case[] = [
  { label: 'polling (1 s interval)', build: () => runScenario('polling', { ...defaultParams('polling'), events: periodic(100), durationMs: 100 * EVENTS }) },
  { label: 'long-polling', build: () => runScenario('long-polling', { ...defaultParams('long-polling'), events: periodic(300), durationMs: 300 * EVENTS }) },
  { label: 'streaming chunked', build: () => runScenario('streaming', { ...defaultParams('streaming'), mode: 'chunked', events: periodic(100), durationMs: 100 * EVENTS }) },
  { label: 'streaming sse', build: () => runScenario('streaming', { ...defaultParams('streaming'), mode: 'sse', events: periodic(100), durationMs: 100 * EVENTS }) },
  // A clean server frame is a VouchedFrame: sized from its text, written on first read, taken whole by the client's
  // MessageReader (skipVouchedMessage); faulted or fragmented frames are read from their bytes.
  { label: 'websocket', build: () => ws('off') },
  // The same session, then laid into TCP segments by the shared segment layer (what the TCP detail and a capture export read).
  {
    label: 'websocket + segment layer',
    targeted: false,
    build: () => {
      const timeline = ws('off');
      layTcpSegments(timeline, { seed: 1 });
      return timeline;
    },
  },
  // permessage-deflate: every message is compressed by the server (its size times the frame); the client's inflater
  // takes a clean one-frame message as its plain text (its window advances as inflating would).
  { label: 'websocket deflate', build: () => ws('deflate') },
  { label: 'websocket deflate, no context takeover', build: () => ws('deflate-no-context-takeover') },
  // 10,000 SENDs from the first client to a queue its three clients share: each is one MESSAGE and one ACK.
  {
    label: 'stomp (queue, 3 clients)',
    build: () => runScenario('stomp', {
      ...defaultParams('stomp'), destinationKind: 'queue', messages: EVENTS,
      // The plan spreads the SENDs over 60 % of the window: 100 ms apart.
      durationMs: (100 * EVENTS) / 0.6,
    }),
  },
  // Socket.IO upgrades to WebSocket after the first poll; with the upgrade refused it stays on long polling.
  { label: 'socketio (websocket)', build: () => socketIo('none') },
  { label: 'socketio (polling)', build: () => socketIo('upgrade-blocked') },
  // SockJS on each rung of its ladder: WebSocket, then xhr-streaming when the upgrade is refused, then xhr-polling.
  { label: 'sockjs (websocket)', build: () => sockJs('none') },
  { label: 'sockjs (xhr-streaming)', build: () => sockJs('websocket-blocked') },
  { label: 'sockjs (xhr-polling)', build: () => sockJs('streaming-buffered') },
  // The sockets lesson takes at most 20 messages (no app events): at its largest, cut into 1-byte segments,
  // every byte is a segment and an ACK.
  {
    label: 'sockets (20 messages, MSS 1)',
    build: () => runScenario('sockets', { ...defaultParams('sockets'), messages: Array.from({ length: 20 }, (_, i) => `message ${i}`), mss: 1 }),
  },
];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

interface Measurement {
  /** The build plus the first read of its steps and events. */
  readonly buildMs: number;
  /** Of which the first read of steps and events. */
  readonly firstReadMs: number;
  readonly buildCpuMs: number;
  readonly indexMs: number;
  readonly seekUs: number;
  readonly events: number;
  readonly steps: number;
  readonly transfers: number;
}

const cpuMs = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1000;

/** Times one build plus the first seek (which builds the lookup index) and SEEKS further seeks. */
function measure(c: Case): Measurement {
  const cpu0 = process.cpuUsage();
  let t0 = performance.now();
  const timeline: Timeline = c.build();
  const t1 = performance.now();
  // The builder keeps steps and events as compact rows and makes their objects on first read; a view reads them at
  // once (narration, the step list), so that first read is part of what a reader waits for and of the build figure.
  if (timeline.steps.length + timeline.events.length < 0) console.log('unreachable');
  const buildMs = performance.now() - t0;
  const firstReadMs = performance.now() - t1;
  const buildCpuMs = cpuMs(process.cpuUsage(cpu0));

  t0 = performance.now();
  stateAt(timeline, 0);
  const indexMs = performance.now() - t0;

  const prng = createPrng(1);
  const times = Float64Array.from({ length: SEEKS }, () => prng.nextFloat(0, timeline.duration));
  let sink = 0;
  t0 = performance.now();
  for (const t of times) sink += stateAt(timeline, t).inFlight.length;
  const seekUs = ((performance.now() - t0) * 1000) / SEEKS;
  if (sink < 0) console.log(sink); // keep the loop from being optimized away
  // Counts only: keeping seven timelines alive would tax the next builds' garbage collection.
  const { metrics, steps, transfers } = timeline;
  return { buildMs, firstReadMs, buildCpuMs, indexMs, seekUs, events: metrics.events, steps: steps.length, transfers: transfers.length };
}

const only = process.argv[2];
// "=label" picks exactly that scenario; anything else, every label containing it.
const cases = only === undefined ? CASES : CASES.filter((c) => (only.startsWith('=') ? c.label === only.slice(1) : c.label.includes(only)));

// Warm up every case first, so the first one measured does not pay the JIT for code they all share.
for (const c of cases) for (let i = 0; i < WARM_UP_RUNS; i++) measure(c);

const rows: string[][] = [];
let allMet = true;
for (const c of cases) {
  const runs = Array.from({ length: RUNS }, () => measure(c));
  const buildMs = median(runs.map((r) => r.buildMs));
  const buildCpuMs = median(runs.map((r) => r.buildCpuMs));
  const firstReadMs = median(runs.map((r) => r.firstReadMs));
  const indexMs = median(runs.map((r) => r.indexMs));
  const seekUs = median(runs.map((r) => r.seekUs));
  const { events, steps, transfers } = runs[0]!;
  const met = Math.min(buildMs, buildCpuMs) < BUILD_TARGET_MS && seekUs < SEEK_TARGET_US;
  if (c.targeted !== false) allMet &&= met;
  rows.push([
    c.label, String(events), String(steps), String(transfers),
    buildMs.toFixed(1), firstReadMs.toFixed(1), buildCpuMs.toFixed(1), indexMs.toFixed(1), seekUs.toFixed(2), c.targeted === false ? '(none)' : met ? 'yes' : 'NO',
  ]);
}

const header = ['scenario', 'events', 'steps', 'transfers', 'build ms', 'of which first read', 'build cpu ms', 'index ms', 'seek µs', 'on target'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]): string => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
console.log(`median of ${RUNS} runs; build = runScenario + the first read of steps and events; targets: build < ${BUILD_TARGET_MS} ms, seek < ${SEEK_TARGET_US} µs`);
console.log(line(header));
for (const r of rows) console.log(line(r));
if (!allMet) process.exitCode = 1;
