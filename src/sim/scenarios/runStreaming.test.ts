import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../bytes/utf8';
import { defaultParams } from './defaultParams';
import { runStreaming } from './runStreaming';
import type { StreamingParams } from './scenarioParams';

// 8 Mbit/s: one byte serializes in exactly 1 µs.
const ONE_BYTE_PER_US = 8_000_000;
const serializationMs = (bytes: number): number => bytes / 1000;

const params = (over: Partial<StreamingParams> = {}): StreamingParams => ({
  ...defaultParams('streaming'),
  network: { latencyMs: 50, jitterMs: 0, bandwidthBps: ONE_BYTE_PER_US, setup: 'none' },
  clientMessages: [],
  ...over,
});

describe('runStreaming', () => {
  for (const mode of ['chunked', 'sse'] as const) {
    it(`delivers each event one one-way latency plus serialization after it happens (${mode})`, () => {
      const timeline = runStreaming(params({ mode, events: { kind: 'periodic', periodMs: 250 } }));
      expect(timeline.metrics.events).toBe(40);
      for (const transfer of timeline.transfers.filter((t) => t.carries.length > 0)) {
        const event = timeline.events[transfer.carries[0]!]!;
        expect(event.deliveredAt! - event.generatedAt).toBeCloseTo(50 + serializationMs(transfer.bytes.length), 9);
      }
    });

    it(`sends no request after the first GET /stream (${mode})`, () => {
      const timeline = runStreaming(params({ mode }));
      const requests = timeline.transfers.filter((t) => t.kind === 'http-request');
      expect(requests.map((r) => r.summary)).toEqual(['GET /stream']);
      expect(timeline.metrics.requests).toBe(1);
    });
  }

  it('sends the response head once, chunked, then one chunk per event and the last chunk', () => {
    const timeline = runStreaming(params({ mode: 'chunked', events: { kind: 'list', times: [500, 900] } }));
    expect(timeline.transfers.map((t) => t.kind)).toEqual(['http-request', 'http-response-head', 'http-chunk', 'http-chunk', 'http-chunk']);
    const head = decodeUtf8(timeline.transfers[1]!.bytes);
    expect(head).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(head).toContain('\r\nTransfer-Encoding: chunked\r\n');
    expect(decodeUtf8(timeline.transfers[4]!.bytes)).toBe('0\r\n\r\n');
    expect(timeline.transfers[4]!.sentAt).toBe(900);
    expect(timeline.steps[timeline.steps.length - 1]).toMatchObject({ kind: 'state', state: 'closed', connection: 1 });
  });

  it('frames SSE events as text/event-stream blocks inside chunks, asked for by an EventSource-like GET', () => {
    const timeline = runStreaming(params({ mode: 'sse', payloadBytes: 20, events: { kind: 'list', times: [500] } }));
    expect(decodeUtf8(timeline.transfers[0]!.bytes)).toContain('\r\nAccept: text/event-stream\r\n');
    expect(decodeUtf8(timeline.transfers[1]!.bytes)).toContain('\r\nContent-Type: text/event-stream\r\n');
    const event = timeline.transfers[2]!;
    expect(event.kind).toBe('sse-event');
    // "id: 0\n" 6 + "data: " 6 + 20 + "\n" 1 + "\n" 1 = 34 = 0x22 bytes of chunk data.
    expect(decodeUtf8(event.bytes)).toBe('22\r\nid: 0\ndata: {"id":0,"data":"ab"}\n\n\r\n');
    expect(event.payloadBytes).toBe(20);
  });

  it('holds the response open from the request’s arrival to the last chunk', () => {
    const timeline = runStreaming(params({ events: { kind: 'list', times: [500, 900] } }));
    expect(timeline.holds).toEqual([
      { actor: 'server', connection: 1, requestId: 0, from: timeline.transfers[0]!.arrivedAt, until: 900, reason: 'end' },
    ]);
  });

  it('sends events that happen before the stream is open right after the head', () => {
    const timeline = runStreaming(params({ events: { kind: 'list', times: [0, 10] } }));
    const head = timeline.transfers[1]!;
    expect(timeline.transfers.slice(2, 4).map((t) => [t.carries, t.sentAt])).toEqual([[[0], head.sentAt], [[1], head.sentAt]]);
  });

  it('ends the stream at the end of the window when there are no events', () => {
    const timeline = runStreaming(params({ durationMs: 3000, events: { kind: 'list', times: [] } }));
    const last = timeline.transfers[timeline.transfers.length - 1]!;
    expect([last.summary, last.sentAt]).toEqual(['last chunk', 3000]);
  });

  it('costs one POST /send on connection 2, answered 204, per client message', () => {
    const timeline = runStreaming(params({ clientMessages: [1000, 4000, 4000.01] }));
    const posts = timeline.transfers.filter((t) => t.summary === 'POST /send');
    expect(posts).toHaveLength(3);
    expect(posts.every((p) => p.connection === 2)).toBe(true);
    expect(timeline.metrics.requests).toBe(4);
    const answers = timeline.transfers.filter((t) => t.connection === 2 && t.from === 'server');
    expect(answers.map((a) => a.summary)).toEqual(['204 No Content', '204 No Content', '204 No Content']);
    // The third message waits for the second's answer: one request at a time per connection.
    expect(posts[2]!.sentAt).toBe(answers[1]!.arrivedAt);
    expect(timeline.metrics.connectionsOpened).toBe(2);
    expect(timeline.metrics.payloadBytes.up).toBe(3 * 64);
  });

  it('opens connection 2 only when the first message is sent, and closes it after the last answer', () => {
    const timeline = runStreaming(params({ clientMessages: [2000] }));
    const states = timeline.steps.filter((s) => s.kind === 'state' && s.connection === 2);
    const answer = timeline.transfers.find((t) => t.connection === 2 && t.from === 'server')!;
    expect(states.map((s) => [s.kind === 'state' && s.state, s.time])).toEqual([['open', 2000], ['closed', answer.arrivedAt]]);
  });

  it('pays the TCP set-up round trip on both connections', () => {
    const timeline = runStreaming(params({ clientMessages: [2000], network: { latencyMs: 50, jitterMs: 0, bandwidthBps: ONE_BYTE_PER_US, setup: 'tcp' } }));
    const requests = timeline.transfers.filter((t) => t.kind === 'http-request');
    expect(requests.map((r) => r.sentAt)).toEqual([100, 2100]);
  });
});
