import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentConsistency } from '../../tcp/segmentConsistency';
import type { Step, Timeline } from '../../timeline/types';
import { fieldTiling } from '../../ws/fieldTiling';
import { defaultParams } from '../defaultParams';
import { runScenario } from '../runScenario';
import type { SocketsParams } from '../scenarioParams';
import { socketCallOrder } from './socketCallOrder';
import { segmentTransfers } from '../../tcp/segmentTransfers';

const run = (over: Partial<SocketsParams> = {}): Timeline => runScenario('sockets', { ...defaultParams('sockets'), ...over });
const jittery = { latencyMs: 20, jitterMs: 8, bandwidthBps: 1_000_000, setup: 'none' } as const;

type SyscallStep = Extract<Step, { kind: 'syscall' }>;
const syscalls = (t: Timeline, actor: string) => t.steps.filter((s): s is SyscallStep => s.kind === 'syscall' && s.actor === actor);
const returns = (t: Timeline, actor: string, call: string) => syscalls(t, actor).filter((s) => s.call === call && s.phase === 'return');
/** The states socket `fd` of `actor` went through, in order. */
const states = (t: Timeline, actor: string, fd: number) =>
  t.steps.flatMap((s) => (s.kind === 'tcp-state' && s.actor === actor && s.fd === fd && s.note === undefined ? [s.state] : []));
const appMessages = (t: Timeline, actor: string) => t.steps.flatMap((s) => (s.kind === 'app-message' && s.actor === actor ? [s.text] : []));
const recvChunks = (t: Timeline, actor: string) => returns(t, actor, 'recv').map((s) => s.data ?? '');

describe('runScenario("sockets") with the default echo exchange', () => {
  const timeline = run();

  it('makes the calls of the echo programs in examples/sockets, in order', () => {
    expect(socketCallOrder(timeline, 'client')).toEqual(['socket', 'connect', 'send', 'recv', 'close']);
    expect(socketCallOrder(timeline, 'server')).toEqual(['socket', 'bind', 'listen', 'accept', 'recv', 'send', 'recv', 'close', 'close']);
  });

  it('sends "hello\\n" and gets it echoed: the client connects, sends, reads, and closes first', () => {
    expect(returns(timeline, 'client', 'send')[0]).toMatchObject({ result: 6, data: 'hello\\n' });
    expect(recvChunks(timeline, 'server')[0]).toBe('hello\\n');
    expect(recvChunks(timeline, 'client')).toEqual(['hello\\n']);
    const clientClose = returns(timeline, 'client', 'close')[0]!;
    const serverCloses = returns(timeline, 'server', 'close');
    expect(serverCloses.every((s) => s.time > clientClose.time)).toBe(true);
  });

  it('blocks accept, connect and recv: each enters, then returns later', () => {
    for (const [actor, call] of [['server', 'accept'], ['client', 'connect'], ['client', 'recv']] as const) {
      const steps = syscalls(timeline, actor).filter((s) => s.call === call);
      expect(steps.map((s) => s.phase)).toEqual(['enter', 'return']);
      expect(steps[1]!.time).toBeGreaterThan(steps[0]!.time);
    }
  });

  it('returns a new socket from accept while the listening one stays in LISTEN', () => {
    const accepted = returns(timeline, 'server', 'accept')[0]!;
    expect(accepted.result).toBe(4);
    expect(accepted.fd).toBe(3);
    expect(states(timeline, 'server', 3)).toEqual(['LISTEN', 'CLOSED']);
    const closedListener = timeline.steps.find((s) => s.kind === 'tcp-state' && s.fd === 3 && s.actor === 'server' && s.state === 'CLOSED')!;
    expect(closedListener.time).toBeGreaterThan(accepted.time);
  });

  it('opens with SYN, SYN-ACK, ACK as connect() waits, and connect returns after the SYN-ACK arrives', () => {
    const summaries = timeline.transfers.map((t) => t.summary);
    expect(summaries.slice(0, 3)).toEqual(['SYN', 'SYN-ACK', 'ACK']);
    const connected = returns(timeline, 'client', 'connect')[0]!;
    expect(connected.result).toBe(0);
    expect(connected.time).toBeGreaterThanOrEqual(timeline.transfers[1]!.arrivedAt);
  });

  it('walks the client through RFC 9293’s active open and active close, ending in TIME-WAIT for 2·MSL', () => {
    expect(states(timeline, 'client', 3)).toEqual(['SYN-SENT', 'ESTABLISHED', 'FIN-WAIT-1', 'FIN-WAIT-2', 'TIME-WAIT', 'CLOSED']);
    const [timeWait, closed] = timeline.steps.filter((s) => s.kind === 'tcp-state' && s.actor === 'client' && (s.state === 'TIME-WAIT' || s.state === 'CLOSED'));
    expect(closed!.time - timeWait!.time).toBe(2 * defaultParams('sockets').mslMs);
  });

  it('walks the server’s connection through passive open and passive close: no TIME-WAIT on that side', () => {
    expect(states(timeline, 'server', 4)).toEqual(['SYN-RECEIVED', 'ESTABLISHED', 'CLOSE-WAIT', 'LAST-ACK', 'CLOSED']);
  });

  it('has recv return 0 once the peer’s FIN has arrived', () => {
    const fin = timeline.transfers.find((t) => t.from === 'client' && t.summary.startsWith('FIN'))!;
    const eof = returns(timeline, 'server', 'recv').find((s) => s.result === 0)!;
    expect(eof.time).toBeGreaterThanOrEqual(fin.arrivedAt);
  });

  it('annotates every segment: a 20-byte header tiled by its fields (flags bit by bit), then the payload', () => {
    for (const t of timeline.transfers) {
      expect(t.kind).toBe('tcp-segment');
      expect(t.headerBytes).toBe(20);
      expect(fieldTiling(t.fields, t.bytes.length)).toEqual({ ok: true });
    }
    const data = timeline.transfers.find((t) => t.payloadBytes > 0)!;
    expect(new TextDecoder().decode(data.bytes.subarray(20))).toBe('hello\n');
  });

  it('counts segments in the byte metrics: 20 header bytes each, and the data as payload', () => {
    const header = timeline.transfers.length * 20;
    expect(timeline.metrics.headerBytes.up + timeline.metrics.headerBytes.down).toBe(header);
    expect(timeline.metrics.payloadBytes).toEqual({ up: 6, down: 6 });
  });
});

describe('runScenario("sockets") closing', () => {
  it('lets the server close first: then the server waits in TIME-WAIT and the client in CLOSE-WAIT, LAST-ACK', () => {
    const timeline = run({ closeBy: 'server' });
    expect(states(timeline, 'server', 4)).toEqual(['SYN-RECEIVED', 'ESTABLISHED', 'FIN-WAIT-1', 'FIN-WAIT-2', 'TIME-WAIT', 'CLOSED']);
    expect(states(timeline, 'client', 3)).toEqual(['SYN-SENT', 'ESTABLISHED', 'CLOSE-WAIT', 'LAST-ACK', 'CLOSED']);
    expect(socketCallOrder(timeline, 'client')).toEqual(['socket', 'connect', 'send', 'recv', 'recv', 'close']);
  });

  it('half-closes with shutdown(SHUT_WR): the client still reads every echo after its FIN, then recv returns 0', () => {
    const timeline = run({ halfClose: true, messages: ['one', 'two'] });
    expect(socketCallOrder(timeline, 'client')).toEqual(['socket', 'connect', 'send', 'send', 'shutdown', ...Array(socketCallOrder(timeline, 'client').length - 6).fill('recv'), 'close']);
    const shutdown = returns(timeline, 'client', 'shutdown')[0]!;
    const laterData = returns(timeline, 'client', 'recv').filter((s) => typeof s.result === 'number' && s.result > 0);
    expect(laterData.every((s) => s.time > shutdown.time)).toBe(true);
    expect(appMessages(timeline, 'client')).toEqual(['one', 'two']);
    expect(returns(timeline, 'client', 'recv').at(-1)!.result).toBe(0);
  });
});

describe('runScenario("sockets") byte stream', () => {
  const three = { messages: ['hello', 'world', 'again'], network: jittery, mss: 4 };

  it('keeps sequence and acknowledgment numbers consistent across every segment and closes every connection on both sides, for any seed and knob', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.constantFrom('none', 'newline', 'length-prefix' as const),
        fc.constantFrom('none', 'refused', 'backlog-full', 'reset' as const),
        fc.integer({ min: 1, max: 1460 }),
        fc.boolean(),
        fc.constantFrom('client', 'server' as const),
        fc.record({ callGapMs: fc.constantFrom(0, 1, 300), wakeJitterMs: fc.constantFrom(0, 2, 50), latencyMs: fc.constantFrom(0, 20, 400), recvBytes: fc.integer({ min: 1, max: 64 }) }),
        (seed, framing, fault, mss, halfClose, closeBy, { callGapMs, wakeJitterMs, latencyMs, recvBytes }) => {
          const network = { ...jittery, latencyMs };
          const timeline = run({ seed, framing, fault, mss, halfClose, closeBy, callGapMs, wakeJitterMs, recvBytes, messages: ['hello', 'world'], network, mslMs: 100 });
          expect(segmentConsistency(segmentTransfers(timeline))).toEqual({ ok: true });
          const last = new Map<string, string>();
          for (const s of timeline.steps) if (s.kind === 'tcp-state' && s.note === undefined && s.connection > 0) last.set(`${s.actor}:${s.connection}`, s.state);
          for (const state of last.values()) expect(state).toBe('CLOSED');
        },
      ),
      { numRuns: 80 },
    );
  });

  it('returns the same recv() chunks for the same seed', () => {
    expect(recvChunks(run({ ...three, seed: 9 }), 'server')).toEqual(recvChunks(run({ ...three, seed: 9 }), 'server'));
  });

  it('lets recv() return part of one send, or two sends at once, depending on the seed', () => {
    const chunkings = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) chunkings.add(JSON.stringify(recvChunks(run({ ...three, framing: 'none', seed }), 'server')));
    expect(chunkings.size).toBeGreaterThan(1);
    const sent = ['hello', 'world', 'again'];
    const all = [...chunkings].map((c) => JSON.parse(c) as string[]);
    expect(all.some((chunks) => chunks.some((c) => c.length < 5))).toBe(true);
    expect(all.some((chunks) => chunks.some((c) => c.length > 5))).toBe(true);
    for (const chunks of all) expect(chunks.join('')).toBe(sent.join(''));
  });

  it('loses message boundaries without framing for some seed', () => {
    const lost = [...Array(40).keys()].some((seed) => JSON.stringify(appMessages(run({ ...three, framing: 'none', seed }), 'server')) !== JSON.stringify(three.messages));
    expect(lost).toBe(true);
  });

  for (const framing of ['newline', 'length-prefix'] as const) {
    it(`returns each message whole with ${framing} framing, for every seed`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 16 }), (seed, mss, recvBytes) => {
          const timeline = run({ ...three, framing, seed, mss, recvBytes });
          expect(appMessages(timeline, 'server')).toEqual(three.messages);
          expect(appMessages(timeline, 'client')).toEqual(three.messages);
        }),
        { numRuns: 30 },
      );
    });
  }

  it('writes a 4-byte big-endian length before each message with length-prefix framing', () => {
    const send = returns(run({ framing: 'length-prefix' }), 'client', 'send')[0]!;
    expect(send.data).toBe('\\x00\\x00\\x00\\x05hello');
    expect(send.result).toBe(9);
  });
});

describe('runScenario("sockets") faults', () => {
  it('refuses a connection to a port nobody listens on: RST-ACK, and connect fails with ECONNREFUSED', () => {
    const timeline = run({ fault: 'refused' });
    expect(timeline.transfers.map((t) => t.summary)).toEqual(['SYN', 'RST-ACK']);
    expect(returns(timeline, 'client', 'connect')[0]!.result).toBe('ECONNREFUSED');
    expect(socketCallOrder(timeline, 'client')).toEqual(['socket', 'connect', 'close']);
    expect(socketCallOrder(timeline, 'server')).toEqual(['socket', 'bind', 'listen', 'accept']);
  });

  it('drops a SYN when the listen queue is full and sends it again after the 1 s retransmission time-out', () => {
    const timeline = run({ fault: 'backlog-full' });
    const syns = timeline.transfers.filter((t) => t.from === 'client' && t.summary.startsWith('SYN'));
    expect(syns.map((t) => t.summary)).toEqual(['SYN', 'SYN (again)']);
    expect(syns[1]!.sentAt - syns[0]!.sentAt).toBe(1000);
    expect(syns[1]!.bytes.subarray(4, 8)).toEqual(syns[0]!.bytes.subarray(4, 8));
    expect(timeline.steps.some((s) => s.kind === 'tcp-state' && s.note === 'syn-dropped')).toBe(true);
    expect(timeline.steps.some((s) => s.kind === 'timer' && s.timer === 'retransmit' && s.actor === 'client')).toBe(true);
    expect(appMessages(timeline, 'client')).toEqual(['hello']);
  });

  it('fails writes after the peer reset the connection: ECONNRESET first, then EPIPE', () => {
    const timeline = run({ fault: 'reset', messages: ['a', 'b', 'c', 'd'], callGapMs: 150 });
    expect(timeline.transfers.some((t) => t.summary === 'RST')).toBe(true);
    expect(returns(timeline, 'server', 'close')[0]!.args).toContain('SO_LINGER 0');
    const results = returns(timeline, 'client', 'send').map((s) => s.result);
    expect(results.filter((r) => typeof r === 'string')).toEqual(['ECONNRESET', 'EPIPE']);
    expect(states(timeline, 'client', 3).at(-1)).toBe('CLOSED');
  });

  it('reports the reset to a client blocked in recv as ECONNRESET', () => {
    const timeline = run({ fault: 'reset' });
    expect(returns(timeline, 'client', 'recv').map((s) => s.result)).toEqual(['ECONNRESET']);
  });
});
