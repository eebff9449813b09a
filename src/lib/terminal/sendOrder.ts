import { lowerBound, type Timeline } from '../../sim';

/** The timeline's transfers in the order they are sent, with the step that sends each. */
export interface SendOrder {
  /** Index of each send step, ascending. */
  readonly stepIndexes: Float64Array;
  /** The transfer each of those steps sends. */
  readonly transferIds: readonly number[];
}

/** Collects the send steps of `timeline` once, so each player position is a binary search. */
export function sendOrder(timeline: Timeline): SendOrder {
  const steps: number[] = [];
  const transferIds: number[] = [];
  timeline.steps.forEach((step, index) => {
    if (step.kind !== 'send') return;
    steps.push(index);
    transferIds.push(step.transferId);
  });
  return { stepIndexes: Float64Array.from(steps), transferIds };
}

/** How many transfers have been sent once step `stepIndex` has happened (-1: before the first step, none). */
export function sentCount(order: SendOrder, stepIndex: number): number {
  return lowerBound(order.stepIndexes, stepIndex + 1);
}
