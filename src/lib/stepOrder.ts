import type { Timeline } from '../sim/timeline/types';

/** Which step starts each transfer and each hold, so a view can tell apart things that happen at the same millisecond. */
export interface StepOrder {
  /** sendStep[transferId]: index of the transfer's 'send' step (-1 if none). */
  readonly sendStep: Int32Array;
  /** holdStep[holdIndex]: index of the hold's 'hold' step (-1 if none). */
  readonly holdStep: Int32Array;
}

const orders = new WeakMap<Timeline, StepOrder>();

/** The (cached) step that starts each transfer and hold of `timeline`. */
export function stepOrder(timeline: Timeline): StepOrder {
  let order = orders.get(timeline);
  if (!order) {
    const sendStep = new Int32Array(timeline.transfers.length).fill(-1);
    const holdStep = new Int32Array(timeline.holds.length).fill(-1);
    timeline.steps.forEach((step, index) => {
      if (step.kind === 'send') sendStep[step.transferId] = index;
      else if (step.kind === 'hold') holdStep[step.holdIndex] = index;
    });
    order = { sendStep, holdStep };
    orders.set(timeline, order);
  }
  return order;
}
