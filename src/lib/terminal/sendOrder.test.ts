import { describe, expect, it } from 'vitest';
import { defaultParams, runScenario } from '../../sim';
import { sendOrder, sentCount } from './sendOrder';

const timeline = runScenario('polling', defaultParams('polling'));
const order = sendOrder(timeline);

describe('sendOrder', () => {
  it('lists every transfer once, in the order its send step comes', () => {
    expect([...order.transferIds].sort((x, y) => x - y)).toEqual(timeline.transfers.map((transfer) => transfer.id));
    order.stepIndexes.forEach((stepIndex, i) => expect(timeline.steps[stepIndex]).toMatchObject({ kind: 'send', transferId: order.transferIds[i] }));
  });

  it('counts nothing sent before the first step', () => {
    expect(sentCount(order, -1)).toBe(0);
  });

  it('counts a transfer as sent from its own send step on', () => {
    const second = order.stepIndexes[1]!;
    expect(sentCount(order, second - 1)).toBe(1);
    expect(sentCount(order, second)).toBe(2);
  });

  it('counts every transfer at the last step', () => {
    expect(sentCount(order, timeline.steps.length - 1)).toBe(timeline.transfers.length);
  });
});
