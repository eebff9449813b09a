import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../scenarios/defaultParams';
import { runScenario } from '../scenarios/runScenario';
import type { Timeline } from '../timeline/types';
import { layTcpSegments } from './layTcpSegments';
import { segmentConsistency } from './segmentConsistency';
import { tcpFlagsLabel } from './tcpSegment';

const network = (jitterMs: number) => ({ latencyMs: 30, jitterMs, bandwidthBps: 1_000_000, setup: 'tcp' } as const);
const events = { kind: 'random', ratePerSecond: 3 } as const;

/** Every scenario family, shortened so a property run stays quick. */
const RUNS: Readonly<Record<string, (seed: number, jitterMs: number) => Timeline>> = {
  polling: (seed, j) => runScenario('polling', { ...defaultParams('polling'), seed, network: network(j), events, durationMs: 3000, intervalMs: 400 }),
  'long-polling': (seed, j) => runScenario('long-polling', { ...defaultParams('long-polling'), seed, network: network(j), events, durationMs: 3000, holdTimeoutMs: 700 }),
  streaming: (seed, j) => runScenario('streaming', { ...defaultParams('streaming'), seed, network: network(j), events, durationMs: 3000, clientMessages: [100, 1500] }),
  websocket: (seed, j) => runScenario('websocket', { ...defaultParams('websocket'), seed, network: network(j), events, durationMs: 3000, clientMessages: [100, 2000], pingIntervalMs: 900, fragmentBytes: 40 }),
  'websocket, server closes over wss': (seed, j) => runScenario('websocket', { ...defaultParams('websocket'), seed, network: network(j), events, durationMs: 3000, secure: true, closeBy: 'server' }),
  'websocket, reset': (seed, j) => runScenario('websocket', { ...defaultParams('websocket'), seed, network: network(j), events, durationMs: 3000, fault: 'tcp-reset', faultAtMs: 1200 }),
  'websocket, lost pong': (seed, j) => runScenario('websocket', { ...defaultParams('websocket'), seed, network: network(j), events, durationMs: 3000, fault: 'lost-pong', faultAtMs: 500, pingIntervalMs: 600 }),
  'websocket, proxy strips Upgrade': (seed, j) => runScenario('websocket', { ...defaultParams('websocket'), seed, network: network(j), events, durationMs: 3000, fault: 'strip-upgrade' }),
  socketio: (seed, j) => runScenario('socketio', { ...defaultParams('socketio'), seed, network: network(j), durationMs: 3000, clientEmits: [{ at: 100, ack: true }, { at: 1500, ack: false }], pingIntervalMs: 900, pingTimeoutMs: 500 }),
  'socketio, upgrade blocked': (seed, j) => runScenario('socketio', { ...defaultParams('socketio'), seed, network: network(j), durationMs: 3000, fault: 'upgrade-blocked', pingIntervalMs: 900 }),
  sockjs: (seed, j) => runScenario('sockjs', { ...defaultParams('sockjs'), seed, network: network(j), durationMs: 3000, clientMessages: [100, 1500], heartbeatMs: 700 }),
  'sockjs, xhr-streaming': (seed, j) => runScenario('sockjs', { ...defaultParams('sockjs'), seed, network: network(j), durationMs: 3000, clientMessages: [100, 1500], fault: 'websocket-blocked' }),
  // The sockets lesson draws its own segments (cut by the same TcpEnd); the layer hands them back as they are.
  sockets: (seed, j) => runScenario('sockets', { ...defaultParams('sockets'), seed, network: network(j), messages: ['hello', 'world'], mss: 3, mslMs: 100 }),
};

describe('layTcpSegments', () => {
  for (const [name, run] of Object.entries(RUNS)) {
    it(`keeps sequence and acknowledgment numbers consistent for every seed (${name})`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 1, max: 1460 }), (seed, jitter, mss) => {
          const segments = layTcpSegments(run(seed, jitter), { seed, mss });
          expect(segmentConsistency(segments)).toEqual({ ok: true });
        }),
        { numRuns: 15 },
      );
    });
  }

  it('returns the sockets scenario’s own segments, the same ones its transfers carry', () => {
    const timeline = RUNS.sockets!(4, 0);
    const segments = layTcpSegments(timeline);
    expect(segments.map((s) => s.transferId)).toEqual(timeline.transfers.map((t) => t.id));
    expect(segments.map((s) => tcpFlagsLabel(s.flags)).slice(0, 3)).toEqual(['SYN', 'SYN-ACK', 'ACK']);
  });

  it('opens each connection with SYN, SYN-ACK, ACK and closes it with FIN and ACK both ways', () => {
    const timeline = RUNS.polling!(7, 0);
    const segments = layTcpSegments(timeline, { seed: 7 });
    const first = segments.filter((s) => s.connection === 1).map((s) => tcpFlagsLabel(s.flags));
    expect(first.slice(0, 3)).toEqual(['SYN', 'SYN-ACK', 'ACK']);
    expect(first.filter((f) => f.startsWith('FIN'))).toHaveLength(2);
    expect(first.at(-1)).toBe('ACK');
  });

  it('ends a reset connection with one RST and no FIN', () => {
    const segments = layTcpSegments(RUNS['websocket, reset']!(3, 0), { seed: 3 }).map((s) => tcpFlagsLabel(s.flags));
    expect(segments.filter((f) => f === 'RST')).toHaveLength(1);
    expect(segments.some((f) => f.startsWith('FIN'))).toBe(false);
  });

  it('carries every byte of every transfer, in order, cut at the MSS', () => {
    const timeline = RUNS.websocket!(5, 10);
    const segments = layTcpSegments(timeline, { seed: 5, mss: 50 });
    for (const t of timeline.transfers.filter((x) => x.kind !== 'tcp-segment')) {
      const pieces = segments.filter((s) => s.transferId === t.id);
      expect(pieces.every((s) => s.payloadLength <= 50)).toBe(true);
      const joined = Uint8Array.from(pieces.flatMap((s) => Array.from(s.payload)));
      expect(joined).toEqual(t.bytes);
    }
  });

  it('draws the same segments for the same seed, and other initial sequence numbers for another seed', () => {
    const timeline = RUNS.streaming!(2, 5);
    const seqs = (seed: number) => layTcpSegments(timeline, { seed }).map((s) => [s.seq, s.ack, s.srcPort]);
    expect(seqs(2)).toEqual(seqs(2));
    expect(seqs(2)[0]).not.toEqual(seqs(3)[0]);
  });

  it('is checked by a checker that notices a wrong acknowledgment number', () => {
    const segments = layTcpSegments(RUNS.polling!(1, 0), { seed: 1 });
    const broken = segments.map((s, i) => (i === 4 ? { ...s, payload: s.payload, ack: (s.ack + 1) >>> 0 } : s));
    expect(segmentConsistency(broken).ok).toBe(false);
  });
});

