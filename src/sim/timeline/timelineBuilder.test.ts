import { describe, expect, it } from 'vitest';
import { StateStep } from './stepRecords';
import { TimelineBuilder, type WireMessage } from './timelineBuilder';
import { timelineIndex } from './timelineIndex';
import type { Actor } from './types';

const actors: Actor[] = [{ id: 'client', role: 'client' }, { id: 'server', role: 'server' }];
const message = (headerBytes: number, payloadBytes: number): WireMessage => ({
  bytes: new Uint8Array(headerBytes + payloadBytes),
  fields: [],
  headerBytes,
  payloadBytes,
});

describe('TimelineBuilder', () => {
  it('records send and arrive steps, and a deliver step per carried event with its latency', () => {
    const b = new TimelineBuilder('polling', actors);
    b.appEvent('server', 0, 5, 'x');
    const t = b.send({ kind: 'http-response', from: 'server', to: 'client', connection: 1, sentAt: 10, arrivedAt: 60, message: message(100, 20), summary: '200 OK', carries: [0] });
    b.arrive(t);
    const timeline = b.build();
    expect(timeline.steps.map((s) => [s.kind, s.time])).toEqual([['app-event', 5], ['send', 10], ['arrive', 60], ['deliver', 60]]);
    expect(timeline.steps[3]).toMatchObject({ kind: 'deliver', eventId: 0, latency: 55, caption: { key: 'step.deliver', values: { id: 1, latency: 55 } } });
    expect(timeline.steps[1]!.caption).toEqual({ key: 'step.send', values: { from: 'server', to: 'client', summary: '200 OK', bytes: 120 } });
    expect(timeline.events[0]!.deliveredAt).toBe(60);
    expect(timeline.duration).toBe(60);
  });

  it('reads a labelled message\'s summary when the transfer\'s is read, once', () => {
    const b = new TimelineBuilder('socketio', actors);
    let reads = 0;
    const labelled = { ...message(10, 2), get summary(): string { reads++; return 'POST 43[]'; } };
    const t = b.sendLabelled('http-request', 'client', 'server', 1, 0, 50, labelled, undefined, false);
    expect(reads).toBe(0);
    expect([t.summary, t.summary]).toEqual(['POST 43[]', 'POST 43[]']);
    expect(reads).toBe(1);
  });

  it('keeps what each transfer carries — none, one or several ids — and gives the same list at every read', () => {
    const b = new TimelineBuilder('long-polling', actors);
    for (let id = 0; id < 4; id++) b.appEvent('server', id, id, `e${id}`);
    const send = (carries: readonly number[] | undefined) =>
      b.sendParts('http-response', 'server', 'client', 1, 10, 60, message(10, 2), '200', carries, true);
    const none = send(undefined);
    const one = send([2]);
    const several = send([0, 1, 3]);
    const negative = send([-1]);
    for (const t of [none, one, several, negative]) b.arrive(t);
    const timeline = b.build();
    expect([none.carries, one.carries, several.carries, negative.carries]).toEqual([[], [2], [0, 1, 3], [-1]]);
    expect(one.carries).toBe(one.carries);
    expect(timeline.events.map((e) => e.deliveredAt)).toEqual([60, 60, 60, 60]);
    expect(timeline.metrics.emptyResponses).toBe(1);
  });

  it('numbers transfers by their index', () => {
    const b = new TimelineBuilder('polling', actors);
    const first = b.send({ kind: 'http-request', from: 'client', to: 'server', connection: 1, sentAt: 0, arrivedAt: 50, message: message(10, 0), summary: 'GET /poll' });
    const second = b.send({ kind: 'http-request', from: 'client', to: 'server', connection: 1, sentAt: 0, arrivedAt: 50, message: message(10, 0), summary: 'GET /poll' });
    expect([first.id, second.id]).toEqual([0, 1]);
    expect(b.build().transfers[1]).toBe(second);
  });

  it('refuses a step that goes back in time', () => {
    const b = new TimelineBuilder('polling', actors);
    b.timer('client', 'poll-interval', 100, 100);
    expect(() => b.timer('client', 'poll-interval', 99, 100)).toThrow(/before the previous step/);
  });

  it('closes a hold with its end time and reason, and ends a forgotten one at the last step', () => {
    const b = new TimelineBuilder('long-polling', actors);
    const first = b.startHold('server', 1, 0, 10, 'GET /long-poll');
    b.endHold(first, 40, 'timeout');
    b.startHold('server', 1, 1, 50, 'GET /long-poll');
    b.timer('server', 'hold-timeout', 80, 30);
    const timeline = b.build();
    expect(timeline.holds).toEqual([
      { actor: 'server', connection: 1, requestId: 0, from: 10, until: 40, reason: 'timeout' },
      { actor: 'server', connection: 1, requestId: 1, from: 50, until: 80, reason: 'end' },
    ]);
    expect(timeline.steps[0]).toMatchObject({ kind: 'hold', holdIndex: 0, caption: { values: { summary: 'GET /long-poll' } } });
  });

  it('counts an empty answer to a poll, not an empty answer to anything else', () => {
    const b = new TimelineBuilder('polling', actors);
    b.send({ kind: 'http-response', from: 'server', to: 'client', connection: 1, sentAt: 0, arrivedAt: 1, message: message(90, 0), summary: '204', answersEventRequest: true });
    b.send({ kind: 'http-response', from: 'server', to: 'client', connection: 2, sentAt: 0, arrivedAt: 1, message: message(90, 0), summary: '204' });
    expect(b.build().metrics.emptyResponses).toBe(1);
  });

  it('counts connections opened as it records them, the same number a pass over the steps finds', () => {
    const b = new TimelineBuilder('polling', actors);
    b.connection('client', 1, 'open', 0);
    b.connection('client', 1, 'closed', 5);
    b.record(new StateStep(6, 'client', 'open', 2));
    b.connection('client', 3, 'open', 7);
    const timeline = b.build();
    expect(timeline.metrics.connectionsOpened).toBe(3);
    expect(timeline.steps.filter((s) => s.kind === 'state' && s.state === 'open')).toHaveLength(3);
  });

  it('makes its steps once, on first read, and gives the lookup index the same step times without them', () => {
    const b = new TimelineBuilder('polling', actors);
    b.connection('client', 1, 'open', 0);
    const t = b.send({ kind: 'http-request', from: 'client', to: 'server', connection: 1, sentAt: 0.25, arrivedAt: 50.75, message: message(40, 0), summary: 'GET /poll' });
    b.arrive(t);
    const timeline = b.build();
    expect(timelineIndex(timeline).stepTimes).toEqual(Float64Array.from([0, 0.25, 50.75]));
    expect(timeline.steps).toBe(timeline.steps);
    expect(timeline.steps.map((s) => s.time)).toEqual([0, 0.25, 50.75]);
    expect({ ...timeline }.steps).toBe(timeline.steps);
  });

  it('makes its events on first read, the same the metrics and the lookup index count without them', () => {
    const b = new TimelineBuilder('polling', actors);
    b.appEvent('server', 0, 1.5, 'a');
    b.appEvent('server', 1, 2.5, 'b');
    const t = b.send({ kind: 'http-response', from: 'server', to: 'client', connection: 1, sentAt: 3, arrivedAt: 40.25, message: message(90, 2), summary: '200 OK', carries: [1] });
    b.arrive(t);
    const timeline = b.build();
    const index = timelineIndex(timeline);
    expect([Array.from(index.generatedAt), Array.from(index.deliveredAt)]).toEqual([[1.5, 2.5], [40.25]]);
    expect([timeline.metrics.events, timeline.metrics.delivered, timeline.metrics.latency.max]).toEqual([2, 1, 40.25 - 2.5]);
    expect(timeline.events).toEqual([{ id: 0, generatedAt: 1.5, payload: 'a' }, { id: 1, generatedAt: 2.5, payload: 'b', deliveredAt: 40.25 }]);
    expect(timeline.events).toBe(timeline.events);
  });

  it('delivers an event only once even if two transfers carry it', () => {
    const b = new TimelineBuilder('polling', actors);
    b.appEvent('server', 0, 0, 'x');
    const a = b.send({ kind: 'http-response', from: 'server', to: 'client', connection: 1, sentAt: 1, arrivedAt: 2, message: message(1, 1), summary: 'a', carries: [0] });
    const c = b.send({ kind: 'http-response', from: 'server', to: 'client', connection: 1, sentAt: 1, arrivedAt: 3, message: message(1, 1), summary: 'c', carries: [0] });
    b.arrive(a);
    b.arrive(c);
    expect(b.build().steps.filter((s) => s.kind === 'deliver')).toHaveLength(1);
  });

  it('encodes a deferred message only when its bytes are first read, and only once', () => {
    const b = new TimelineBuilder('streaming', actors);
    let encodings = 0;
    const transfer = b.send({
      kind: 'sse-event', from: 'server', to: 'client', connection: 1, sentAt: 0, arrivedAt: 50, summary: 'SSE event 0',
      message: {
        headerBytes: 3, payloadBytes: 2,
        encode: () => {
          encodings++;
          return { bytes: Uint8Array.from([1, 2, 3, 4, 5]), fields: [{ name: 'x', start: 0, end: 5, value: '', meaning: 'field.x' }] };
        },
      },
    });
    const timeline = b.build();
    expect(encodings).toBe(0);
    expect(timeline.metrics.totalBytes).toBe(5);
    expect(timeline.steps[0]!.caption.values).toMatchObject({ bytes: 5 });
    expect([...transfer.bytes]).toEqual([1, 2, 3, 4, 5]);
    expect(transfer.fields).toHaveLength(1);
    expect(transfer.bytes).toBe(transfer.bytes);
    expect(encodings).toBe(1);
  });
});
