/** Properties every scenario timeline must have, checked on jittery, random runs. */
import { describe, expect, it } from 'vitest';
import { createPrng } from '../engine/createPrng';
import { fieldTiling } from '../ws/fieldTiling';
import { layerTiling } from '../timeline/layerTiling';
import { stateAt } from '../timeline/stateAt';
import { stepIndexAt } from '../timeline/stepIndexAt';
import type { Timeline } from '../timeline/types';
import { defaultParams } from './defaultParams';
import { runScenario } from './runScenario';

const network = { latencyMs: 30, jitterMs: 25, bandwidthBps: 1_000_000, setup: 'tcp' } as const;
const events = { kind: 'random', ratePerSecond: 4 } as const;

// Socket.IO broadcasts reach joined sockets only: its events start once the namespace is joined and end before the disconnect.
const sioEvents = { kind: 'periodic', periodMs: 230, startMs: 1000, count: 35 } as const;
// A SockJS session on the ladder's third rung opens after two failed ones.
const sockJsEvents = { kind: 'periodic', periodMs: 230, startMs: 2500, count: 30 } as const;

const RUNS: readonly [string, () => Timeline][] = [1, 2].flatMap((seed) => [
  [`polling, seed ${seed}`, () => runScenario('polling', { ...defaultParams('polling'), seed, network, events, intervalMs: 400 })],
  [`long-polling, seed ${seed}`, () => runScenario('long-polling', { ...defaultParams('long-polling'), seed, network, events, holdTimeoutMs: 700 })],
  [`streaming chunked, seed ${seed}`, () => runScenario('streaming', { ...defaultParams('streaming'), seed, network, events, mode: 'chunked', clientMessages: [100, 120, 5000] })],
  [`streaming sse, seed ${seed}`, () => runScenario('streaming', { ...defaultParams('streaming'), seed, network, events, mode: 'sse', clientMessages: [2500] })],
  [`websocket fragmented, seed ${seed}`, () => runScenario('websocket', { ...defaultParams('websocket'), seed, network, events, clientMessages: [100, 2500], fragmentBytes: 40, pingIntervalMs: 900 })],
  [`websocket wss with TCP segments, server closes, seed ${seed}`, () => runScenario('websocket', { ...defaultParams('websocket'), seed, network, events, secure: true, tcpDetail: true, closeBy: 'server', closeCode: 1001 })],
  [`sockets, three messages cut at a small MSS, seed ${seed}`, () => runScenario('sockets', { ...defaultParams('sockets'), seed, network, messages: ['hello', 'world', 'again'], mss: 3, framing: 'length-prefix', mslMs: 500 })],
  [`sockets, backlog full, server closes, seed ${seed}`, () => runScenario('sockets', { ...defaultParams('sockets'), seed, network, fault: 'backlog-full', closeBy: 'server' })],
  [`stomp, topic, four clients, seed ${seed}`, () => runScenario('stomp', { ...defaultParams('stomp'), seed, network, clients: 4, messages: 6 })],
  [`stomp, queue with a NACK, client acks, seed ${seed}`, () => runScenario('stomp', { ...defaultParams('stomp'), seed, network, destinationKind: 'queue', ackMode: 'client', nackFirst: true, messages: 5 })],
  [`socketio, polling then the upgrade, emits with and without acks, seed ${seed}`, () => runScenario('socketio', { ...defaultParams('socketio'), seed, network, events: sioEvents, clientEmits: [{ at: 0, ack: true }, { at: 150, ack: false }, { at: 3000, ack: true }] })],
  [`socketio, websocket only, seed ${seed}`, () => runScenario('socketio', { ...defaultParams('socketio'), seed, network, events: sioEvents, transports: 'websocket', pingIntervalMs: 900, pingTimeoutMs: 500 })],
  [`socketio, upgrade blocked, seed ${seed}`, () => runScenario('socketio', { ...defaultParams('socketio'), seed, network, events: sioEvents, fault: 'upgrade-blocked', pingIntervalMs: 700 })],
  [`sockjs over WebSocket, seed ${seed}`, () => runScenario('sockjs', { ...defaultParams('sockjs'), seed, network, events: sockJsEvents, heartbeatMs: 900, clientMessages: [0, 100, 4000] })],
  [`sockjs, WebSocket blocked: xhr-streaming, seed ${seed}`, () => runScenario('sockjs', { ...defaultParams('sockjs'), seed, network, events: sockJsEvents, fault: 'websocket-blocked', heartbeatMs: 900, clientMessages: [0, 100, 4000] })],
  [`sockjs, streaming buffered: xhr-polling, seed ${seed}`, () => runScenario('sockjs', { ...defaultParams('sockjs'), seed, network, events: sockJsEvents, fault: 'streaming-buffered', heartbeatMs: 900, clientMessages: [0, 100, 4000] })],
  [`socketio, two nodes with sticky sessions, seed ${seed}`, () => runScenario('socketio', { ...defaultParams('socketio'), seed, network, events: sioEvents, fault: 'sticky' })],
] as [string, () => Timeline][]);

describe.each(RUNS)('%s', (_, run) => {
  const timeline = run();

  it('splits every transfer into header and payload bytes that add up to its length', () => {
    for (const t of timeline.transfers) expect(t.headerBytes + t.payloadBytes).toBe(t.bytes.length);
  });

  it('tiles every transfer’s bytes (and a frame header’s bits) with its fields, no gap and no overlap', () => {
    for (const t of timeline.transfers) expect(fieldTiling(t.fields, t.bytes.length)).toEqual({ ok: true });
  });

  it('lays every inner layer inside its transfer’s bytes, its fields tiling its range', () => {
    for (const t of timeline.transfers) for (const layer of t.layers ?? []) expect(layerTiling(layer, t.bytes.length)).toEqual({ ok: true });
  });

  it('has metrics equal to the sums over its transfers and events (TCP segments are drawn, not counted, except in the sockets scenario)', () => {
    const counted = timeline.transfers.filter((t) => t.kind !== 'tcp-segment' || timeline.scenario === 'sockets');
    const clients = new Set(timeline.actors.filter((a) => a.role === 'client').map((a) => a.id));
    const up = counted.filter((t) => clients.has(t.from));
    const down = counted.filter((t) => !clients.has(t.from));
    const sum = (ts: typeof up, key: 'headerBytes' | 'payloadBytes'): number => ts.reduce((s, t) => s + t[key], 0);
    const { metrics } = timeline;
    expect(metrics.headerBytes).toEqual({ up: sum(up, 'headerBytes'), down: sum(down, 'headerBytes') });
    expect(metrics.payloadBytes).toEqual({ up: sum(up, 'payloadBytes'), down: sum(down, 'payloadBytes') });
    expect(metrics.totalBytes).toBe(counted.reduce((s, t) => s + t.bytes.length, 0));
    expect(metrics.requests).toBe(timeline.transfers.filter((t) => t.kind === 'http-request').length);
    expect(metrics.events).toBe(timeline.events.length);
  });

  it('delivers every event, after it happened', () => {
    expect(timeline.metrics.delivered).toBe(timeline.events.length);
    for (const e of timeline.events) expect(e.deliveredAt!).toBeGreaterThan(e.generatedAt);
  });

  it('keeps steps in time order with a send and an arrive step per transfer', () => {
    for (let i = 1; i < timeline.steps.length; i++) expect(timeline.steps[i]!.time).toBeGreaterThanOrEqual(timeline.steps[i - 1]!.time);
    const sends = timeline.steps.filter((s) => s.kind === 'send').map((s) => s.kind === 'send' && s.transferId);
    const arrives = timeline.steps.filter((s) => s.kind === 'arrive').map((s) => s.kind === 'arrive' && s.transferId);
    const ids = timeline.transfers.map((t) => t.id);
    expect(sends).toEqual(ids);
    expect([...arrives].sort((a, b) => Number(a) - Number(b))).toEqual(ids);
    expect(timeline.transfers.every((t, i) => i === 0 || t.sentAt >= timeline.transfers[i - 1]!.sentAt)).toBe(true);
  });

  it('never lets a transfer overtake an earlier one on the same connection and direction', () => {
    const lastArrival = new Map<string, number>();
    for (const t of timeline.transfers) {
      const lane = `${t.connection}:${t.from}`;
      expect(t.arrivedAt).toBeGreaterThanOrEqual(lastArrival.get(lane) ?? -Infinity);
      lastArrival.set(lane, t.arrivedAt);
    }
  });

  it('closes every connection it opens, and ends with every hold released', () => {
    const states = timeline.steps.flatMap((s) => (s.kind === 'state' ? [`${s.connection}:${s.state}`] : []));
    const opened = states.filter((s) => s.endsWith(':open')).map((s) => s.split(':')[0]);
    const closed = states.filter((s) => s.endsWith(':closed')).map((s) => s.split(':')[0]);
    expect(closed.sort()).toEqual(opened.sort());
    for (const h of timeline.holds) expect(h.until).toBeGreaterThanOrEqual(h.from);
  });

  it('answers stateAt and stepIndexAt like a linear scan at random times', () => {
    const prng = createPrng(5);
    for (let q = 0; q < 200; q++) {
      const t = prng.nextFloat(-10, timeline.duration + 10);
      const state = stateAt(timeline, t);
      let stepIndex = -1;
      timeline.steps.forEach((s, i) => { if (s.time <= t) stepIndex = i; });
      expect(stepIndexAt(timeline, t)).toBe(stepIndex);
      expect(state.stepIndex).toBe(stepIndex);
      expect(state.inFlight.map((f) => f.transfer.id)).toEqual(timeline.transfers.filter((x) => x.sentAt <= t && t < x.arrivedAt).map((x) => x.id));
      expect(state.holding).toEqual(timeline.holds.filter((h) => h.from <= t && t < h.until));
      expect(state.generated).toBe(timeline.events.filter((e) => e.generatedAt <= t).length);
      expect(state.delivered).toBe(timeline.events.filter((e) => e.deliveredAt! <= t).length);
    }
  });
});
