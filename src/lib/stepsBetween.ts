import type { Step, Timeline } from '../sim/timeline/types';

const times = new WeakMap<Timeline, Float64Array>();

/** Steps with from <= time <= to and index <= lastIndex, in order. O(log n + k). */
export function stepsBetween(timeline: Timeline, from: number, to: number, lastIndex = Number.POSITIVE_INFINITY): Step[] {
  let stepTimes = times.get(timeline);
  if (!stepTimes) {
    stepTimes = Float64Array.from(timeline.steps, (step) => step.time);
    times.set(timeline, stepTimes);
  }
  let lo = 0;
  let hi = stepTimes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (stepTimes[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Step[] = [];
  for (let i = lo; i < stepTimes.length && stepTimes[i]! <= to && i <= lastIndex; i++) out.push(timeline.steps[i]!);
  return out;
}
