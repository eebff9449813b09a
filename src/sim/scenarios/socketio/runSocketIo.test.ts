import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../bytes/utf8';
import { layerTiling } from '../../timeline/layerTiling';
import { decodeFrame } from '../../ws/decodeFrame';
import type { Timeline, Transfer } from '../../timeline/types';
import { defaultParams } from '../defaultParams';
import { runScenario } from '../runScenario';
import type { SocketIoParams } from '../scenarioParams';
import { RECONNECT_DELAY_MAX_MS, RECONNECT_DELAY_MS, RANDOMIZATION_FACTOR } from './sioClient';
import { timelineRecords } from './wireTranscript';

const run = (over: Partial<SocketIoParams> = {}): Timeline => runScenario('socketio', { ...defaultParams('socketio'), ...over });
const wsTexts = (timeline: Timeline, up: boolean) => timelineRecords(timeline).flatMap((r) => (r.kind === 'ws' && r.up === up ? [r.text ?? 'Close'] : []));
const bodyOf = (t: Transfer): string => decodeUtf8(t.bytes).split('\r\n\r\n')[1] ?? '';

describe('runScenario socketio: the default path', () => {
  const timeline = run();

  it('opens with a polling GET whose answer is the open packet (sid, upgrades, pingInterval, pingTimeout, maxPayload)', () => {
    const [get, open] = timeline.transfers;
    expect(get!.summary).toContain('GET polling');
    expect(decodeUtf8(get!.bytes)).toMatch(/^GET \/socket\.io\/\?EIO=4&transport=polling&t=[\w-]{8} HTTP\/1\.1\r\n/);
    expect(JSON.parse(bodyOf(open!).slice(1))).toEqual({ sid: expect.stringMatching(/^[\w-]{20}$/), upgrades: ['websocket'], pingInterval: 4000, pingTimeout: 2000, maxPayload: 1_000_000 });
  });

  it('joins the namespace with 40 and gets 40{"sid":…} back', () => {
    const post = timeline.transfers.find((t) => t.summary === 'POST 40')!;
    expect(bodyOf(post)).toBe('40');
    expect(timeline.transfers.some((t) => /^40\{"sid":"[\w-]{20}"\}$/.test(bodyOf(t)))).toBe(true);
  });

  it('takes exactly one probe round trip to upgrade: 2probe, 3probe, the held poll ended by a noop, then 5', () => {
    const up = wsTexts(timeline, true);
    const down = wsTexts(timeline, false);
    expect(up.filter((p) => p === '2probe')).toHaveLength(1);
    expect(down.filter((p) => p === '3probe')).toHaveLength(1);
    expect(up.slice(0, 2)).toEqual(['2probe', '5']);
    const probe = timeline.transfers.find((t) => t.kind === 'ws-frame' && t.summary === 'WS 2probe')!;
    const answer = timeline.transfers.find((t) => t.kind === 'ws-frame' && t.summary === 'WS 3probe')!;
    // One round trip: twice the latency, plus the few microseconds the two small frames take to serialize.
    const latency = defaultParams('socketio').network.latencyMs;
    expect(answer.arrivedAt - probe.sentAt).toBeGreaterThanOrEqual(2 * latency);
    expect(answer.arrivedAt - probe.sentAt).toBeLessThan(2 * latency + 1);
    const noop = timeline.transfers.find((t) => t.kind === 'http-response' && bodyOf(t) === '6')!;
    const upgrade = timeline.transfers.find((t) => t.summary === 'WS 5')!;
    expect(noop.arrivedAt).toBeLessThanOrEqual(upgrade.sentAt);
    // After the upgrade every packet goes in a frame: no more polls.
    expect(timeline.transfers.filter((t) => t.kind === 'http-request' && t.sentAt > upgrade.sentAt)).toEqual([]);
  });

  it('carries acks both ways: the client’s emit is acked with 43 and the server’s tick is answered with 43', () => {
    const up = wsTexts(timeline, true);
    const down = wsTexts(timeline, false);
    expect(up).toContain('420["echo",{"id":1000,"data":"abcdefghijk"}]');
    expect(down).toContain('430[{"id":1000,"data":"abcdefghijk"}]');
    expect(down.filter((p) => p.startsWith('42') && p.includes('"tick"'))).toHaveLength(timeline.events.length);
    expect(up.filter((p) => /^43\d+\[\]$/.test(p))).toHaveLength(timeline.events.length);
  });

  it('pings from the server (2) every pingInterval and pongs from the client (3)', () => {
    expect(wsTexts(timeline, false).filter((p) => p === '2')).toHaveLength(2);
    expect(wsTexts(timeline, true).filter((p) => p === '3')).toHaveLength(2);
  });

  it('ends with 41 and a closing handshake, every event delivered', () => {
    expect(wsTexts(timeline, true).slice(-2)).toEqual(['41', 'Close']);
    expect(timeline.metrics.delivered).toBe(timeline.events.length);
  });

  it('lays Socket.IO inside engine.io inside the HTTP body or the WebSocket frame, every layer tiling its range', () => {
    for (const t of timeline.transfers) {
      expect(t.layers?.length).toBeGreaterThan(0);
      for (const layer of t.layers!) expect(layerTiling(layer, t.bytes.length)).toEqual({ ok: true });
    }
    const tick = timeline.transfers.find((t) => t.carries.length > 0)!;
    expect(tick.layers!.map((l) => l.protocol)).toEqual(['ws', 'engineio', 'socketio']);
    const [ws, eio, sio] = tick.layers!;
    expect(eio!.range[0]).toBeGreaterThanOrEqual(ws!.range[0]);
    expect(sio!.range[0]).toBe(eio!.range[0] + 1);
    expect(sio!.range[1]).toBe(eio!.range[1]);
    const post = timeline.transfers.find((t) => t.summary === 'POST 40')!;
    expect(post.layers!.map((l) => l.protocol)).toEqual(['http', 'engineio', 'socketio']);
  });
});

describe('runScenario socketio: across the upgrade', () => {
  // Emits every 20 ms from the first moment, ticks every 20 ms once the namespace is joined (a broadcast reaches
  // joined sockets only): some go over polling, some over the WebSocket.
  const emits = Array.from({ length: 30 }, (_, i) => ({ at: 20 * i, ack: i % 2 === 0 }));
  const timeline = run({ clientEmits: emits, events: { kind: 'periodic', periodMs: 20, startMs: 160, count: 30 } });

  it('loses and duplicates no message: each ack once, each echo once, each tick delivered once', () => {
    const down = timelineRecords(timeline).flatMap((r) => (r.kind === 'ws' && !r.up ? [r.text ?? ''] : r.kind === 'http' ? r.responseBody.split('\x1e') : []));
    emits.forEach((e, i) => {
      const id = 1000 + i;
      const answers = down.filter((p) => p.includes(`{"id":${id},`) && (e.ack ? p.startsWith('43') : p.startsWith('42["echo"')));
      expect(answers, `emit ${i}`).toHaveLength(1);
    });
    expect(timeline.metrics.delivered).toBe(30);
    const delivered = timeline.steps.filter((s) => s.kind === 'deliver').map((s) => (s.kind === 'deliver' ? s.eventId : -1));
    expect(new Set(delivered).size).toBe(delivered.length);
  });

  it('sends some of them over polling and the rest over the WebSocket', () => {
    const polled = timeline.transfers.filter((t) => t.kind === 'http-request' && bodyOf(t).includes('"echo"'));
    const framed = timeline.transfers.filter((t) => t.kind === 'ws-frame' && t.from === 'client' && t.summary.includes('"echo"'));
    expect(polled.length).toBeGreaterThan(0);
    expect(framed.length).toBeGreaterThan(0);
  });
});

describe('runScenario socketio: options and faults', () => {
  it('starts with the WebSocket upgrade and an open packet in the first frame when only websocket is allowed', () => {
    const timeline = run({ transports: 'websocket' });
    expect(timeline.transfers[0]!.summary).toBe('GET websocket · Upgrade');
    expect(wsTexts(timeline, false)[0]).toMatch(/^0\{"sid":"[\w-]{20}","upgrades":\[\]/);
    expect(timeline.transfers.filter((t) => t.kind === 'http-request')).toHaveLength(1);
    expect(timeline.metrics.delivered).toBe(timeline.events.length);
  });

  it.each([1, 5, 10])('sends a %i-byte payload, too short for the JSON skeleton, as a string argument both ways', (payloadBytes) => {
    // eventPayload cuts `{"id":…,"data":""}` to the size asked for, which is no longer JSON: a page would emit it as text.
    const texts = wsTexts(run({ payloadBytes }), false).concat(wsTexts(run({ payloadBytes }), true));
    const tick = texts.find((t) => t.startsWith('42') && t.includes('"tick"'))!;
    const echo = texts.find((t) => t.startsWith('42') && t.includes('"echo"'))!;
    for (const packet of [tick, echo]) {
      const args = JSON.parse(packet.slice(packet.indexOf('['))) as unknown[];
      expect(typeof args[1]).toBe('string');
      expect(new TextEncoder().encode(args[1] as string).length).toBe(payloadBytes);
    }
  });

  it('stays on polling when the upgrade is refused, and still delivers every event and every ack', () => {
    const timeline = run({ fault: 'upgrade-blocked' });
    expect(timeline.transfers.some((t) => t.summary.startsWith('403'))).toBe(true);
    expect(timeline.transfers.filter((t) => t.kind === 'ws-frame')).toEqual([]);
    expect(timeline.metrics.delivered).toBe(timeline.events.length);
    const bodies = timeline.transfers.filter((t) => t.kind === 'http-response').map(bodyOf);
    expect(bodies).toContain('430[{"id":1000,"data":"abcdefghijk"}]');
    expect(bodies).toContain('42["echo",{"id":1001,"data":"abcdefghijk"}]');
  });

  it('closes the session pingInterval + pingTimeout after the last pong when a pong goes missing', () => {
    const params = { fault: 'missed-pong', faultAtMs: 3000 } as const;
    const timeline = run(params);
    const { pingIntervalMs, pingTimeoutMs } = defaultParams('socketio');
    const lost = timeline.transfers.find((t) => t.lost)!;
    const pong = decodeFrame(lost.bytes, { role: 'server' });
    expect(pong.ok && decodeUtf8(pong.frame.payload)).toBe('3');
    const close = timeline.transfers.find((t) => t.from === 'server' && t.summary === 'WS Close')!;
    const pongs = timeline.transfers.filter((t) => !t.lost && t.from === 'client' && t.summary === 'WS 3' && t.arrivedAt < close.sentAt);
    const open = timeline.transfers[1]!;
    const since = pongs.length > 0 ? pongs.at(-1)!.arrivedAt : open.sentAt;
    expect(close.sentAt - since).toBeCloseTo(pingIntervalMs + pingTimeoutMs, 6);
    // socket.io-client then reconnects: a second handshake.
    expect(timeline.transfers.filter((t) => t.summary === 'GET polling (handshake)')).toHaveLength(2);
  });

  it('reconnects with socket.io’s backoff while the server is away, to a new session, and sends what was emitted meanwhile', () => {
    const timeline = run({ fault: 'server-restart', faultAtMs: 3000, downMs: 3000, durationMs: 20_000 });
    const delays = timeline.steps.flatMap((s) => (s.kind === 'timer' && s.timer === 'reconnect' ? [Number(s.caption.values?.ms)] : []));
    expect(delays.length).toBeGreaterThanOrEqual(2);
    delays.forEach((ms, attempt) => {
      const base = Math.min(RECONNECT_DELAY_MS * 2 ** attempt, RECONNECT_DELAY_MAX_MS);
      expect(ms).toBeGreaterThanOrEqual(Math.floor(base * (1 - RANDOMIZATION_FACTOR)));
      expect(ms).toBeLessThanOrEqual(Math.min(base * (1 + RANDOMIZATION_FACTOR), RECONNECT_DELAY_MAX_MS));
    });
    const sids = timeline.transfers.filter((t) => bodyOf(t).startsWith('0{')).map((t) => JSON.parse(bodyOf(t).slice(1)).sid as string);
    expect(new Set(sids).size).toBe(2);
    const records = timelineRecords(timeline).flatMap((r) => (r.kind === 'http' ? [r.requestBody] : r.kind === 'ws' && r.up ? [r.text ?? ''] : []));
    // The emit at 6 s, while no session was open, went out once the new one joined.
    expect(records.filter((p) => p.includes('{"id":1001,'))).toHaveLength(1);
  });

  it('fails the second request with 400 {"code":1,"message":"Session ID unknown"} on the other node without sticky sessions', () => {
    const timeline = run({ fault: 'no-sticky' });
    expect(timeline.actors.map((a) => a.id)).toEqual(['client', 'server', 'server-2']);
    const requests = timeline.transfers.filter((t) => t.kind === 'http-request');
    expect(requests[0]!.to).toBe('server');
    expect(requests[1]!.to).toBe('server-2');
    const answer = timeline.transfers.find((t) => t.kind === 'http-response' && t.connection === requests[1]!.connection && t.from === 'server-2')!;
    expect(decodeUtf8(answer.bytes)).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(bodyOf(answer)).toBe('{"code":1,"message":"Session ID unknown"}');
    expect(timeline.metrics.delivered).toBe(0);
  });

  it('keeps every request of a session on its node with sticky sessions', () => {
    const timeline = run({ fault: 'sticky' });
    expect(timeline.transfers.filter((t) => t.from === 'server-2' || t.to === 'server-2')).toEqual([]);
    expect(timeline.transfers.some((t) => bodyOf(t).includes('Session ID unknown'))).toBe(false);
    expect(timeline.metrics.delivered).toBe(timeline.events.length);
  });

  it('breaks behind a buffering proxy: no upgrade, a quiet poll cut with 504, and a new session', () => {
    const timeline = run({ fault: 'buffering-proxy', events: { kind: 'list', times: [5000] } });
    expect(timeline.transfers.filter((t) => t.kind === 'ws-frame')).toEqual([]);
    expect(timeline.transfers.some((t) => t.summary.startsWith('504'))).toBe(true);
    expect(timeline.transfers.filter((t) => t.summary === 'GET polling (handshake)').length).toBeGreaterThan(1);
  });
});
