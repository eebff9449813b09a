import { describe, expect, it } from 'vitest';
import { StepLog } from './stepLog';
import { AppEventStep, HoldStep, StateStep } from './stepRecords';
import type { Transfer } from './types';

const noRecords = (): never => {
  throw new Error('no record steps here');
};
const transfer = (id: number, sentAt: number, arrivedAt: number): Transfer => ({
  id, kind: 'http-request', from: 'client', to: 'server', connection: 1, sentAt, arrivedAt,
  bytes: new Uint8Array(3), fields: [], headerBytes: 3, payloadBytes: 0, summary: 'GET /', carries: [],
});

describe('StepLog', () => {
  it('makes the steps it recorded, in order: a send, arrival or loss from its transfer, any other step as it was given', () => {
    const transfers = [transfer(0, 1, 5), transfer(1, 2, 6)];
    const open = new StateStep(0, 'client', 'open', 1);
    const log = new StepLog();
    log.object(open);
    log.send(transfers[0]!);
    log.send(transfers[1]!);
    log.arrive(transfers[0]!);
    log.lost(transfers[1]!);
    const steps = log.materialise(transfers, noRecords);
    expect(steps.map((s) => [s.kind, s.time, s.actor, 'transferId' in s ? s.transferId : -1])).toEqual([
      ['state', 0, 'client', -1], ['send', 1, 'client', 0], ['send', 2, 'client', 1], ['arrive', 5, 'server', 0], ['lost', 6, 'client', 1],
    ]);
    expect(steps[0]).toBe(open);
  });

  it('keeps every step time, in order, past its first capacity', () => {
    const transfers = Array.from({ length: 3000 }, (_, i) => transfer(i, i / 3, i / 3 + 0.5));
    const log = new StepLog();
    for (const t of transfers) log.send(t);
    expect(log.length).toBe(3000);
    expect(log.lastTime).toBe(2999 / 3);
    expect(Array.from(log.times())).toEqual(log.materialise(transfers, noRecords).map((s) => s.time));
  });
});

describe('StepLog record steps', () => {
  it('asks the builder for an app event, delivery or hold step by its record index, at the time it was recorded', () => {
    const hold = { actor: 'server', connection: 1, requestId: 0, from: 3, until: 9, reason: 'event' } as const;
    const events = { ids: [41], generatedAt: [2] };
    const log = new StepLog();
    log.appEvent(2, 0);
    log.hold(3, 0);
    const asked: string[] = [];
    const steps = log.materialise([], (kind, index) => {
      asked.push(`${kind} ${index}`);
      return kind === 'hold' ? new HoldStep(hold, index, 'GET /poll') : new AppEventStep('server', events, index);
    });
    expect(asked).toEqual(['app-event 0', 'hold 0']);
    expect(Array.from(log.times())).toEqual(steps.map((s) => s.time));
  });
});
