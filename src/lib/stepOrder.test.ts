import { describe, expect, it } from 'vitest';
import { stepOrder } from './stepOrder';
import { pollingTimeline } from '../components/fixtures/pollingTimeline';
import { longPollTimeline } from '../components/fixtures/longPollTimeline';

describe('stepOrder', () => {
  it('finds the send step of every transfer', () => {
    const { sendStep } = stepOrder(pollingTimeline);
    expect([...sendStep].map((i) => pollingTimeline.steps[i]!.kind)).toEqual(['send', 'send', 'send', 'send']);
    expect([...sendStep]).toEqual([1, 3, 7, 9]);
  });

  it('finds the step that starts each hold', () => {
    expect([...stepOrder(longPollTimeline).holdStep]).toEqual([2]);
  });
});
