/**
 * Wireshark agrees (issue 13): Debian's tshark reads the exported capture of
 * every scenario and fault with no malformed packet, no bad IPv4 or TCP
 * checksum, and no TCP analysis warning but those the fault causes on purpose;
 * and the HTTP request lines and status codes, WebSocket frames (opcode, FIN,
 * MASK), unmasked messages, close codes and each direction's bytes it
 * dissects equal the timeline's, compared field by field.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  capturePackets, defaultParams, runScenario, securedConnections, timelineToPcapng, TimelineBuilder,
  type ScenarioName, type ScenarioParamsMap, type Timeline,
} from '../../../src/sim/index';
import { viewFromTimeline, viewFromTshark } from './captureViews';
import { TCP_ANALYSIS_FLAGS, readWithTshark, tsharkVersion, type TcpAnalysisFlag, type TsharkRow } from './readWithTshark';

const TEST_TIMEOUT_MS = 60_000;

interface Case {
  readonly name: string;
  readonly timeline: () => Timeline;
  readonly seed: number;
  /** The TCP analysis warnings this case causes on purpose, and why. */
  readonly expectedFlags?: readonly TcpAnalysisFlag[];
  /** False where no connection gets as far as carrying a byte (a refused connect). */
  readonly carriesData?: boolean;
}

const scenario = <N extends ScenarioName>(name: N, over: Partial<ScenarioParamsMap[N]> = {}): Omit<Case, 'name'> => {
  const params = { ...defaultParams(name), ...over };
  return { timeline: () => runScenario(name, params), seed: params.seed };
};

// Jitter reorders nothing on one connection but moves every ACK: the analysis must still find nothing to warn about.
const JITTERY = { latencyMs: 30, jitterMs: 25, bandwidthBps: 1_000_000, setup: 'tcp' } as const;
const BUSY = { kind: 'random', ratePerSecond: 5 } as const;

const CASES: readonly Case[] = [
  { name: 'polling', ...scenario('polling') },
  { name: 'long polling', ...scenario('long-polling', { holdTimeoutMs: 3000 }) },
  { name: 'streaming with Server-Sent Events', ...scenario('streaming') },
  { name: 'streaming with chunked JSON', ...scenario('streaming', { mode: 'chunked' }) },
  { name: 'websocket', ...scenario('websocket') },
  { name: 'websocket, text messages fragmented, server closes', ...scenario('websocket', { fragmentBytes: 20, clientMessageType: 'text', closeBy: 'server', closeCode: 1001, closeReason: 'going away' }) },
  { name: 'websocket with the TCP detail drawn', ...scenario('websocket', { tcpDetail: true }) },
  { name: 'websocket over wss (TLS records)', ...scenario('websocket', { secure: true }) },
  { name: 'websocket, fault strip-upgrade', ...scenario('websocket', { fault: 'strip-upgrade' }) },
  { name: 'websocket, fault masked-server-frame', ...scenario('websocket', { fault: 'masked-server-frame' }) },
  { name: 'websocket, fault invalid-utf8', ...scenario('websocket', { fault: 'invalid-utf8' }) },
  // The pong leaves the client and is lost: the server's later ACKs repeat the number before it.
  { name: 'websocket, fault lost-pong', ...scenario('websocket', { fault: 'lost-pong' }), expectedFlags: ['duplicate_ack'] },
  { name: 'websocket, fault tcp-reset', ...scenario('websocket', { fault: 'tcp-reset' }) },
  { name: 'websocket over wss, fault tcp-reset', ...scenario('websocket', { secure: true, fault: 'tcp-reset' }) },
  { name: 'polling with jitter and a set-up round trip', ...scenario('polling', { seed: 5, network: JITTERY, events: BUSY, intervalMs: 300 }) },
  { name: 'websocket with jitter, 10-byte fragments and fast pings', ...scenario('websocket', { seed: 5, network: JITTERY, events: BUSY, fragmentBytes: 10, pingIntervalMs: 500 }) },
  { name: 'sockets', ...scenario('sockets') },
  { name: 'sockets, half-close, several segments per send', ...scenario('sockets', { messages: ['hello', 'world'], mss: 3, halfClose: true }) },
  { name: 'sockets, fault refused', ...scenario('sockets', { fault: 'refused' }), carriesData: false },
  // The listen queue is full: the server drops the SYN and the client sends it again after the time-out.
  { name: 'sockets, fault backlog-full', ...scenario('sockets', { fault: 'backlog-full' }), expectedFlags: ['retransmission'] },
  { name: 'sockets, fault reset', ...scenario('sockets', { fault: 'reset' }) },
];

let home: string;

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'socket-lab-tshark-'));
  await tsharkVersion(home);
});

afterAll(async () => {
  await rm(home, { recursive: true, force: true });
});

/** Writes `file`'s bytes to the temp dir and has tshark read them. */
async function dissect(name: string, file: Uint8Array): Promise<TsharkRow[]> {
  const path = join(home, `${name.replace(/[^a-z0-9]+/gi, '-')}.pcapng`);
  await writeFile(path, file);
  return readWithTshark(path, home);
}

const flagsOf = (rows: readonly TsharkRow[]): TcpAnalysisFlag[] =>
  TCP_ANALYSIS_FLAGS.filter((flag) => rows.some((row) => row.values(`tcp.analysis.${flag}`).length > 0));

describe('tshark reads every exported capture', () => {
  for (const c of CASES) {
    it(`reads ${c.name}: no malformed packet or bad checksum, only the warnings the fault causes, and the timeline's fields`, async () => {
      const timeline = c.timeline();
      const packets = capturePackets(timeline, { seed: c.seed });
      const rows = await dissect(c.name, timelineToPcapng(timeline, { seed: c.seed }));

      expect(rows).toHaveLength(packets.length);
      expect(rows.filter((r) => r.values('_ws.malformed').length > 0).map((r) => r.values('frame.number')[0])).toEqual([]);
      // Status 1 is "Good"; 0 would be "Bad", 2 "Unverified".
      expect(new Set(rows.flatMap((r) => [...r.values('ip.checksum.status'), ...r.values('tcp.checksum.status')]))).toEqual(new Set(['1']));
      expect(flagsOf(rows)).toEqual(c.expectedFlags ?? []);

      const expected = viewFromTimeline(timeline, packets);
      const tlsKeys = new Set([...expected].filter(([, v]) => v.tls.length > 0).map(([key]) => key));
      const seen = viewFromTshark(rows, tlsKeys);
      expect([...seen.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [key, view] of expected) expect({ connection: key, ...seen.get(key) }).toEqual({ connection: key, ...view });
      // Something was compared: bytes on a plain connection, records on a TLS one.
      expect([...expected.values()].some((v) => Object.keys(v.streams).length > 0 || v.tls.length > 0)).toBe(c.carriesData ?? true);
      if (securedConnections(timeline).size > 0) expect([...expected.values()].some((v) => v.tls.length > 0)).toBe(true);
    }, TEST_TIMEOUT_MS);
  }
});

describe('the checks above can fail', () => {
  it('sees a malformed packet and a bad TCP checksum when tshark is handed them', async () => {
    // A TLS handshake record that claims more bytes than it has, on 443: tshark's TLS dissector runs out of data.
    const b = new TimelineBuilder('websocket', [{ id: 'client', role: 'client' }, { id: 'server', role: 'server' }]);
    b.connection('client', 1, 'open', 0);
    const bytes = Uint8Array.of(22, 3, 1, 0, 6, 1, 0, 0, 2, 3, 3);
    b.arrive(b.send({ kind: 'http-request', from: 'client', to: 'server', connection: 1, sentAt: 10, arrivedAt: 20, message: { bytes, fields: [], headerBytes: bytes.length, payloadBytes: 0 }, summary: 'broken hello' }));
    b.connection('client', 1, 'closed', 100);
    const file = timelineToPcapng(b.build(), { serverPort: 443 });
    const rows = await dissect('malformed', file);
    expect(rows.filter((r) => r.values('_ws.malformed').length > 0)).toHaveLength(1);
    // Flip one bit of the hello's last byte: its TCP checksum no longer adds up (and tshark then leaves its data alone).
    const flipped = Uint8Array.from(file);
    flipped[findLast(flipped, bytes) + bytes.length - 1]! ^= 0x01;
    const flippedRows = await dissect('bad-checksum', flipped);
    expect(flippedRows.filter((r) => r.values('tcp.checksum.status')[0] === '0')).toHaveLength(1);
    expect(flippedRows.filter((r) => r.values('ip.checksum.status')[0] !== '1')).toHaveLength(0);
  }, TEST_TIMEOUT_MS);
});

/** Offset of the last occurrence of `needle` in `hay`. */
function findLast(hay: Uint8Array, needle: Uint8Array): number {
  for (let i = hay.length - needle.length; i >= 0; i--) if (needle.every((x, j) => hay[i + j] === x)) return i;
  throw new Error('not found');
}
