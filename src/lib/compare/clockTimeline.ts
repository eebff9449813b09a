/**
 * One clock for four diagrams. The player steps through a timeline; here that
 * timeline is the merge of the four techniques' steps (in time order, ties in
 * technique order), with no transfers of its own, so stepping moves to the next
 * moment anything happens in any diagram and the scrubber spans the longest run.
 */
import type { Step, Timeline } from '../../sim';

/** A step-only timeline merging the steps of `timelines`; its duration is the longest of theirs. */
export function clockTimeline(timelines: readonly Timeline[]): Timeline {
  const first = timelines[0];
  if (!first) throw new Error('clockTimeline needs at least one timeline');
  const steps: Step[] = [];
  for (const timeline of timelines) for (const step of timeline.steps) steps.push(step);
  // Array.prototype.sort is stable: equal times keep technique order.
  steps.sort((a, b) => a.time - b.time);
  return {
    scenario: first.scenario,
    actors: [],
    steps,
    transfers: [],
    holds: [],
    events: [],
    metrics: first.metrics,
    duration: Math.max(...timelines.map((t) => t.duration)),
  };
}
