import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../bytes/utf8';
import { decodeFrame } from '../ws/decodeFrame';
import { computeAcceptKey } from '../ws/acceptKey';
import { OPCODE_BINARY, OPCODE_CLOSE, OPCODE_CONTINUATION, OPCODE_TEXT } from '../ws/opcodes';
import type { Step, Timeline, Transfer, WsCloseReport } from '../timeline/types';
import { defaultParams } from './defaultParams';
import { runWebSocket } from './runWebSocket';
import type { WebSocketParams } from './scenarioParams';

// 8 Mbit/s: one byte serializes in exactly 1 µs.
const ONE_BYTE_PER_US = 8_000_000;

const params = (over: Partial<WebSocketParams> = {}): WebSocketParams => ({
  ...defaultParams('websocket'),
  network: { latencyMs: 50, jitterMs: 0, bandwidthBps: ONE_BYTE_PER_US, setup: 'none' },
  events: { kind: 'periodic', periodMs: 1000 },
  durationMs: 5000,
  clientMessages: [],
  pingIntervalMs: 0,
  ...over,
});

const frames = (timeline: Timeline, from: string) => timeline.transfers.filter((t) => t.kind === 'ws-frame' && t.from === from);
/** The frame as its receiver's role reads it, or as `role` reads it (a masked server frame only decodes for a server). */
const decoded = (transfer: Transfer, role: 'client' | 'server' = transfer.from === 'client' ? 'server' : 'client') => {
  const result = decodeFrame(transfer.bytes, { role });
  if (!result.ok) throw new Error(`transfer ${transfer.id} does not decode`);
  return result.frame;
};
const closes = (timeline: Timeline) =>
  timeline.steps.flatMap((s: Step) => (s.kind === 'ws-close' ? [{ actor: s.actor, ...s.close }] : [])) as (WsCloseReport & { actor: string })[];
const header = (transfer: Transfer, name: string) => decodeUtf8(transfer.bytes).match(new RegExp(`^${name}: (.*)\\r$`, 'mi'))?.[1];

describe('runWebSocket', () => {
  it('opens with one upgrade request answered by 101 whose accept value matches the key', () => {
    const timeline = runWebSocket(params());
    const [request, response] = timeline.transfers;
    expect(request!.summary).toMatch(/^GET \/chat/);
    expect(decodeUtf8(response!.bytes)).toMatch(/^HTTP\/1\.1 101 Switching Protocols\r\n/);
    expect(header(response!, 'Sec-WebSocket-Accept')).toBe(computeAcceptKey(header(request!, 'Sec-WebSocket-Key')!));
    expect(timeline.metrics.requests).toBe(1);
  });

  it('sends each server event as one unmasked text frame: 2 header bytes + the payload', () => {
    const timeline = runWebSocket(params({ payloadBytes: 64 }));
    const data = frames(timeline, 'server').filter((t) => decoded(t).opcode === OPCODE_TEXT);
    expect(data).toHaveLength(5);
    for (const t of data) {
      expect(t.bytes.length).toBe(66);
      expect(decoded(t).maskingKey).toBeUndefined();
    }
  });

  it('delivers an event one one-way latency plus serialization after it happens', () => {
    const timeline = runWebSocket(params());
    for (const t of frames(timeline, 'server').filter((f) => f.carries.length > 0)) {
      const event = timeline.events[t.carries[0]!]!;
      expect(event.deliveredAt! - event.generatedAt).toBeCloseTo(50 + t.bytes.length / 1000, 9);
    }
    expect(timeline.metrics.delivered).toBe(timeline.metrics.events);
  });

  it('keeps the per-message cost at frame header + payload whatever request headers the handshake had', () => {
    const browser = runWebSocket(params({ headerSet: { kind: 'browser', options: { cookieLength: 2000 } } }));
    const minimal = runWebSocket(params({ headerSet: { kind: 'custom', headers: [{ name: 'Host', value: 'example.com' }] } }));
    expect(browser.transfers[0]!.bytes.length - minimal.transfers[0]!.bytes.length).toBeGreaterThan(2000);
    expect(frames(browser, 'server').map((t) => t.bytes.length)).toEqual(frames(minimal, 'server').map((t) => t.bytes.length));
  });

  it('masks every client frame with a key from the seeded stream (binary by default)', () => {
    const timeline = runWebSocket(params({ clientMessages: [1500, 2500] }));
    const sent = frames(timeline, 'client').filter((t) => decoded(t).opcode === OPCODE_BINARY);
    expect(sent).toHaveLength(2);
    for (const t of sent) {
      expect(decoded(t).maskingKey).toHaveLength(4);
      expect(t.bytes.length).toBe(2 + 4 + 64);
    }
    expect(decoded(sent[0]!).maskingKey).not.toEqual(decoded(sent[1]!).maskingKey);
  });

  it('fragments a message into a first frame, continuations and a final frame, delivered when the last arrives', () => {
    const timeline = runWebSocket(params({ events: { kind: 'list', times: [1000] }, fragmentBytes: 30, payloadBytes: 64 }));
    const parts = frames(timeline, 'server').filter((t) => decoded(t).opcode !== OPCODE_CLOSE);
    expect(parts.map((t) => [decoded(t).opcode, decoded(t).fin])).toEqual([[OPCODE_TEXT, false], [OPCODE_CONTINUATION, false], [OPCODE_CONTINUATION, true]]);
    expect(parts.map((t) => t.carries.length)).toEqual([0, 0, 1]);
    expect(timeline.events[0]!.deliveredAt).toBe(parts[2]!.arrivedAt);
  });

  it('answers each ping with a masked pong carrying the same payload', () => {
    const timeline = runWebSocket(params({ pingIntervalMs: 1500 }));
    const pings = timeline.transfers.filter((t) => t.summary === 'Ping');
    const pongs = timeline.transfers.filter((t) => t.summary === 'Pong');
    expect(pings.length).toBe(3);
    expect(pongs.length).toBe(3);
    for (const pong of pongs) expect(decoded(pong).maskingKey).toBeDefined();
  });

  it('completes a client-started close: Close, echoed Close, the server closes TCP first, both clean', () => {
    const timeline = runWebSocket(params({ closeBy: 'client', closeCode: 1000, closeReason: 'done' }));
    const closeFrames = timeline.transfers.filter((t) => t.summary.startsWith('Close'));
    expect(closeFrames.map((t) => t.from)).toEqual(['client', 'server']);
    const tcpClosed = timeline.steps.find((s) => s.kind === 'state' && s.state === 'closed');
    expect(tcpClosed?.actor).toBe('server');
    expect(closes(timeline)).toEqual([
      { actor: 'server', code: 1000, reason: 'done', wasClean: true, cause: 'normal', error: false },
      { actor: 'client', code: 1000, reason: 'done', wasClean: true, cause: 'normal', error: false },
    ]);
  });

  it('lets the server start the close: the client echoes its code and the page sees it', () => {
    const timeline = runWebSocket(params({ closeBy: 'server', closeCode: 1001, closeReason: 'restart' }));
    const closeFrames = timeline.transfers.filter((t) => t.summary.startsWith('Close'));
    expect(closeFrames.map((t) => `${t.from} ${t.summary}`)).toEqual(['server Close 1001', 'client Close 1001']);
    expect(closes(timeline).find((c) => c.actor === 'client')).toMatchObject({ code: 1001, reason: 'restart', wasClean: true });
  });

  it.each(['client', 'server'] as const)('closes right after the upgrade when the window ends during the handshake (closed by the %s)', (closeBy) => {
    // A window of 0 ms ends before the 101 arrives: without the close waiting for the upgrade, the heartbeat would ping forever.
    const timeline = runWebSocket(params({ durationMs: 0, pingIntervalMs: 4000, closeBy, closeCode: 1000, closeReason: 'done' }));
    const closeFrames = timeline.transfers.filter((t) => t.summary.startsWith('Close'));
    expect(closeFrames.map((t) => t.from)).toEqual(closeBy === 'client' ? ['client', 'server'] : ['server', 'client']);
    const upgraded = timeline.transfers.find((t) => t.kind === 'http-response')!;
    // The client can close once the 101 has arrived; the server once it has sent it.
    expect(closeFrames[0]!.sentAt).toBeGreaterThanOrEqual(closeBy === 'client' ? upgraded.arrivedAt : upgraded.sentAt);
    expect(closes(timeline).every((c) => c.wasClean && c.code === 1000)).toBe(true);
    expect(timeline.transfers.filter((t) => t.summary.startsWith('Ping'))).toHaveLength(0);
  });

  it('draws the TCP three-way handshake to port 80 for ws:// and adds TLS before the upgrade for wss:// on 443', () => {
    const plain = runWebSocket(params({ tcpDetail: true }));
    expect(plain.transfers.slice(0, 3).map((t) => t.summary)).toEqual(['SYN', 'SYN-ACK', 'ACK']);
    const dstPort = (t: Transfer) => t.bytes[2]! * 256 + t.bytes[3]!;
    expect(dstPort(plain.transfers[0]!)).toBe(80);
    const secure = runWebSocket(params({ tcpDetail: true, secure: true }));
    expect(dstPort(secure.transfers[0]!)).toBe(443);
    const tls = secure.steps.find((s) => s.kind === 'state' && s.state === 'secured')!;
    const synAck = secure.transfers[1]!;
    expect(tls.time).toBeCloseTo(synAck.arrivedAt + 100, 9);
    expect(secure.transfers.find((t) => t.kind === 'http-request')!.sentAt).toBe(tls.time);
    expect(header(secure.transfers.find((t) => t.kind === 'http-request')!, 'Origin')).toBe('https://example.com');
  });

  it('keeps TCP segments out of the byte metrics', () => {
    const drawn = runWebSocket(params({ tcpDetail: true }));
    const hidden = runWebSocket(params({ tcpDetail: false, network: { latencyMs: 50, jitterMs: 0, bandwidthBps: ONE_BYTE_PER_US, setup: 'tcp' } }));
    expect(drawn.metrics.totalBytes).toBe(hidden.metrics.totalBytes);
  });
});

describe('runWebSocket faults', () => {
  it('fails the handshake when a proxy strips Upgrade: the server refuses with 400 and the page sees 1006', () => {
    const timeline = runWebSocket(params({ fault: 'strip-upgrade' }));
    expect(timeline.actors.map((a) => a.role)).toEqual(['client', 'proxy', 'server']);
    const forwarded = timeline.transfers.find((t) => t.from === 'proxy' && t.kind === 'http-request')!;
    expect(header(forwarded, 'Upgrade')).toBeUndefined();
    expect(timeline.transfers.filter((t) => t.kind === 'http-response').map((t) => t.summary)).toEqual(['400 Bad Request', '400 Bad Request']);
    expect(closes(timeline)).toEqual([{ actor: 'client', code: 1006, reason: '', wasClean: false, cause: 'handshake-failed', error: true }]);
    expect(timeline.metrics.delivered).toBe(0);
  });

  it('fails with 1002 when the server masks a frame, and the page sees 1006 with an error', () => {
    const timeline = runWebSocket(params({ fault: 'masked-server-frame', faultAtMs: 2500 }));
    const bad = timeline.transfers.find((t) => t.summary.includes('masked!'))!;
    expect(decodeFrame(bad.bytes, { role: 'client' })).toMatchObject({ ok: false, error: { closeCode: 1002 } });
    expect(decoded(bad, 'server').maskingKey).toBeDefined();
    expect(timeline.events[bad.carries[0]!]!.deliveredAt).toBeUndefined();
    const clientClose = timeline.transfers.find((t) => t.from === 'client' && t.summary.startsWith('Close'))!;
    expect(clientClose.summary).toBe('Close 1002');
    expect(clientClose.sentAt).toBe(bad.arrivedAt);
    expect(closes(timeline).find((c) => c.actor === 'client')).toEqual({ actor: 'client', code: 1006, reason: '', wasClean: false, cause: 'protocol-error', sentCode: 1002, error: true });
    expect(timeline.metrics.delivered).toBe(2);
  });

  it('fails with 1007 when a text message is not UTF-8', () => {
    const timeline = runWebSocket(params({ fault: 'invalid-utf8', faultAtMs: 1000 }));
    const clientClose = timeline.transfers.find((t) => t.from === 'client' && t.summary.startsWith('Close'))!;
    expect(clientClose.summary).toBe('Close 1007');
    expect(closes(timeline).find((c) => c.actor === 'client')).toMatchObject({ code: 1006, cause: 'invalid-payload', sentCode: 1007, error: true });
  });

  it('loses one pong: the server gives up at the next heartbeat and both sides see 1006 without a Close frame', () => {
    const timeline = runWebSocket(params({ fault: 'lost-pong', faultAtMs: 1500, pingIntervalMs: 1000 }));
    const lost = timeline.transfers.filter((t) => t.lost);
    expect(lost.map((t) => t.summary)).toEqual(['Pong · lost']);
    expect(timeline.steps.some((s) => s.kind === 'lost' && s.transferId === lost[0]!.id)).toBe(true);
    expect(timeline.steps.some((s) => s.kind === 'arrive' && s.transferId === lost[0]!.id)).toBe(false);
    expect(timeline.transfers.some((t) => t.summary.startsWith('Close'))).toBe(false);
    expect(closes(timeline).map((c) => [c.actor, c.code, c.cause])).toEqual([['server', 1006, 'heartbeat-timeout'], ['client', 1006, 'heartbeat-timeout']]);
  });

  it('resets the TCP connection: an RST segment and 1006 on both sides, no close frame', () => {
    const timeline = runWebSocket(params({ fault: 'tcp-reset', faultAtMs: 2200, tcpDetail: true }));
    const rst = timeline.transfers.find((t) => t.summary === 'RST')!;
    expect(rst.sentAt).toBe(2200);
    expect(timeline.transfers.some((t) => t.summary.startsWith('Close'))).toBe(false);
    expect(closes(timeline).map((c) => [c.actor, c.code, c.wasClean, c.cause])).toEqual([['server', 1006, false, 'tcp-reset'], ['client', 1006, false, 'tcp-reset']]);
    expect(timeline.metrics.delivered).toBe(2);
  });
});

describe('runWebSocket TCP detail', () => {
  const ackOf = (t: Transfer) => new DataView(t.bytes.buffer, t.bytes.byteOffset).getUint32(8);

  it('acknowledges in each FIN only the bytes that have arrived: a lost pong is never acknowledged', () => {
    const timeline = runWebSocket(params({ fault: 'lost-pong', faultAtMs: 1500, pingIntervalMs: 1000, tcpDetail: true }));
    const serverFin = timeline.transfers.find((t) => t.from === 'server' && t.summary === 'FIN-ACK')!;
    const synAck = timeline.transfers.find((t) => t.summary === 'SYN-ACK')!;
    const clientIsn = ackOf(synAck) - 1;
    const arrivedUp = timeline.transfers.filter((t) => t.from === 'client' && t.kind !== 'tcp-segment' && !t.lost && t.arrivedAt <= serverFin.sentAt);
    const lost = timeline.transfers.find((t) => t.lost)!;
    expect(ackOf(serverFin)).toBe((clientIsn + 1 + arrivedUp.reduce((n, t) => n + t.bytes.length, 0)) >>> 0);
    expect(lost.summary).toBe('Pong · lost');
  });
});
