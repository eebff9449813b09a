import { describe, expect, it } from 'vitest';
import { createPrng } from '../engine/createPrng';
import { stateAt } from './stateAt';
import { stepIndexAt } from './stepIndexAt';
import { TimelineBuilder } from './timelineBuilder';
import type { Timeline, TimelineState } from './types';

/** A random timeline: overlapping transfers of varied duration, holds, events and deliveries. */
function randomTimeline(seed: number): Timeline {
  const prng = createPrng(seed);
  const b = new TimelineBuilder('long-polling', [{ id: 'client', role: 'client' }, { id: 'server', role: 'server' }]);
  const pending: { at: number; run: () => void }[] = [];
  let t = 0;
  let eventId = 0;
  for (let i = 0; i < 400; i++) {
    t += prng.nextInt(0, 3) === 0 ? 0 : prng.nextFloat(0, 20); // some steps share a time
    // Run everything due before t, in time order, so the builder sees steps in order.
    pending.sort((x, y) => x.at - y.at);
    while (pending.length > 0 && pending[0]!.at <= t) pending.shift()!.run();
    const roll = prng.nextInt(0, 4);
    if (roll === 0) {
      b.appEvent('server', eventId, t, '');
      eventId++;
    } else if (roll === 1) {
      const length = prng.nextInt(1, 500);
      const carries = eventId > 0 && prng.next() < 0.5 ? [prng.nextInt(0, eventId)] : [];
      const transfer = b.send({
        kind: 'http-response', from: 'server', to: 'client', connection: 1, sentAt: t, arrivedAt: t + prng.nextFloat(0, i === 7 ? 5000 : 80),
        message: { bytes: new Uint8Array(length), fields: [], headerBytes: length, payloadBytes: 0 }, summary: 'x', carries,
      });
      pending.push({ at: transfer.arrivedAt, run: () => b.arrive(transfer) });
    } else if (roll === 2) {
      const hold = b.startHold('server', 1, 0, t, 'GET /long-poll');
      const until = t + prng.nextFloat(0, 300);
      pending.push({ at: until, run: () => b.endHold(hold, until, 'timeout') });
    } else {
      b.timer('client', 'poll-interval', t, 1);
    }
  }
  pending.sort((x, y) => x.at - y.at);
  for (const p of pending) p.run();
  return b.build();
}

/** The same answers by scanning everything: slow and obviously right. */
function linearStateAt(timeline: Timeline, t: number): TimelineState {
  let stepIndex = -1;
  timeline.steps.forEach((s, i) => { if (s.time <= t) stepIndex = i; });
  return {
    time: t,
    stepIndex,
    inFlight: timeline.transfers
      .filter((x) => x.sentAt <= t && t < x.arrivedAt)
      .map((transfer) => ({ transfer, progress: (t - transfer.sentAt) / (transfer.arrivedAt - transfer.sentAt) })),
    holding: timeline.holds.filter((h) => h.from <= t && t < h.until),
    generated: timeline.events.filter((e) => e.generatedAt <= t).length,
    delivered: timeline.events.filter((e) => e.deliveredAt !== undefined && e.deliveredAt <= t).length,
  };
}

describe('stateAt and stepIndexAt', () => {
  for (const seed of [1, 2, 3]) {
    it(`agree with a linear scan at random and exact step times (timeline seed ${seed})`, () => {
      const timeline = randomTimeline(seed);
      const prng = createPrng(100 + seed);
      const times = [
        -1, 0, timeline.duration, timeline.duration + 1,
        ...Array.from({ length: 300 }, () => prng.nextFloat(-5, timeline.duration + 5)),
        ...timeline.steps.filter((_, i) => i % 7 === 0).map((s) => s.time),
      ];
      for (const t of times) {
        const expected = linearStateAt(timeline, t);
        expect(stateAt(timeline, t)).toEqual(expected);
        expect(stepIndexAt(timeline, t)).toBe(expected.stepIndex);
      }
    });
  }

  it('reports progress 0 as a transfer leaves and one half midway', () => {
    const b = new TimelineBuilder('polling', [{ id: 'client', role: 'client' }, { id: 'server', role: 'server' }]);
    const transfer = b.send({
      kind: 'http-request', from: 'client', to: 'server', connection: 1, sentAt: 100, arrivedAt: 200,
      message: { bytes: new Uint8Array(1), fields: [], headerBytes: 1, payloadBytes: 0 }, summary: 'GET /poll',
    });
    b.arrive(transfer);
    const timeline = b.build();
    expect(stateAt(timeline, 100).inFlight).toEqual([{ transfer, progress: 0 }]);
    expect(stateAt(timeline, 150).inFlight[0]!.progress).toBe(0.5);
    expect(stateAt(timeline, 200).inFlight).toEqual([]);
    expect(stateAt(timeline, 99)).toMatchObject({ stepIndex: -1, inFlight: [] });
  });
});
