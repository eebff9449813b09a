/**
 * The part of the compare widget that simulates: loaded only when the reader
 * needs new runs (a knob, a preset, the diagrams or charts coming into view).
 * The page opens on figures computed at build time, so none of this is in the
 * widget's first load.
 */
import { compareTechniques, TECHNIQUES, type Timeline, type TechniqueResult } from '../../sim';
import { clockTimeline } from '../../lib/compare/clockTimeline';
import { toCompareParams } from '../../widgets/toCompareParams';
import type { CompareKnobs } from '../../widgets/compareKnobs';
import { TimelinePlayer } from '../timelinePlayer.svelte';

/** The four runs and the merged clock the player steps through. */
export interface CompareRuns {
  readonly results: readonly TechniqueResult[];
  readonly clock: Timeline;
}

/**
 * Runs the four techniques one at a time with `pause()` between them, so each
 * run is its own task: the same results as `compareTechniques(params)`.
 */
export async function compareEngine(knobs: CompareKnobs, pause: () => Promise<void>): Promise<CompareRuns> {
  const params = toCompareParams(knobs);
  const results: TechniqueResult[] = [];
  for (const technique of TECHNIQUES) {
    results.push(...compareTechniques(params, [technique]));
    await pause();
  }
  return { results, clock: clockTimeline(results.map((r) => r.timeline)) };
}

/** The player over the merged clock (reduced motion as the reader's system asks). */
export function comparePlayer(clock: Timeline): TimelinePlayer {
  const reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  return new TimelinePlayer(clock, { reducedMotion });
}
