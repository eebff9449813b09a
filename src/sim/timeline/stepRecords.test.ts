import { describe, expect, it } from 'vitest';
import { AppEventStep, ArriveStep, DeliverStep, HoldStep, SendStep, StateStep, TimerStep } from './stepRecords';
import type { Step, Transfer } from './types';

const transfer = {
  id: 4, kind: 'http-request', from: 'client', to: 'server', connection: 1, sentAt: 0, arrivedAt: 50,
  bytes: new Uint8Array(412), fields: [], headerBytes: 400, payloadBytes: 12, summary: 'GET /poll', carries: [],
} satisfies Transfer;
// The response carrying event 7 (generated at 89.74) to the client at 140.
const response = { ...transfer, id: 5, kind: 'http-response', from: 'server', to: 'client', sentAt: 90, arrivedAt: 140, carries: [7] } satisfies Transfer;
const events = { ids: [3, 7], generatedAt: [10, 89.74] };
const hold = { actor: 'server', connection: 1, requestId: 0, from: 50, until: 60, reason: 'timeout' } as const;

describe('step records', () => {
  it('caption each step from its own fields, with the keys and values the i18n captions expect (events counted from 1)', () => {
    const steps: Step[] = [
      new SendStep(transfer),
      new ArriveStep(transfer),
      new HoldStep(hold, 2, 'GET /long-poll'),
      new TimerStep(60, 'server', 'hold-timeout', 30000),
      new TimerStep(61, 'client', 'poll-interval', 100.3456),
      new StateStep(70, 'client', 'open', 2),
      new StateStep(80, 'client', 'closed', 2),
      new AppEventStep('server', events, 1),
      new DeliverStep(response, events, 1),
    ];
    expect(steps.map((s) => s.caption)).toEqual([
      { key: 'step.send', values: { from: 'client', to: 'server', summary: 'GET /poll', bytes: 412 } },
      { key: 'step.arrive', values: { to: 'server', summary: 'GET /poll', bytes: 412 } },
      { key: 'step.hold', values: { actor: 'server', summary: 'GET /long-poll' } },
      { key: 'step.timer', values: { actor: 'server', timer: 'hold-timeout', ms: 30000 } },
      { key: 'step.timer', values: { actor: 'client', timer: 'poll-interval', ms: 100.3 } },
      { key: 'step.connectionOpen', values: { actor: 'client', connection: 2 } },
      { key: 'step.connectionClose', values: { actor: 'client', connection: 2 } },
      { key: 'step.appEvent', values: { id: 8 } },
      { key: 'step.deliver', values: { id: 8, latency: 50.3 } },
    ]);
  });

  it('read a transfer step’s time, actor and id from its transfer: sentAt and from for a send, arrivedAt and to for an arrival', () => {
    const send = new SendStep(transfer);
    const arrive = new ArriveStep(transfer);
    expect([send.kind, send.time, send.actor, send.transferId]).toEqual(['send', 0, 'client', 4]);
    expect([arrive.kind, arrive.time, arrive.actor, arrive.transferId]).toEqual(['arrive', 50, 'server', 4]);
  });

  it('read an event step’s time and id from the event columns, a delivery’s latency as arrival minus generation, and a hold’s time and actor from the hold', () => {
    const deliver = new DeliverStep(response, events, 1);
    expect([deliver.kind, deliver.time, deliver.actor, deliver.eventId, deliver.latency]).toEqual(['deliver', 140, 'client', 7, 140 - 89.74]);
    const happens = new AppEventStep('server', events, 1);
    expect([happens.kind, happens.time, happens.actor, happens.eventId]).toEqual(['app-event', 89.74, 'server', 7]);
    const holding = new HoldStep(hold, 2, 'GET /long-poll');
    expect([holding.kind, holding.time, holding.actor, holding.holdIndex]).toEqual(['hold', 50, 'server', 2]);
    expect('kind' in deliver && 'transferId' in new SendStep(transfer)).toBe(true);
  });
});
