/**
 * One lesson widget's state: the reader's knobs and the player over the
 * timeline they produce. Changing a knob re-runs the scenario (well under a
 * millisecond for a lesson-sized run) and hands the new timeline to the player.
 */
import { runScenario, type ScenarioName, type Timeline } from '../../sim';
import { defaultKnobs, type Knobs } from '../../widgets/knobs';
import { toScenarioParams } from '../../widgets/toScenarioParams';
import { TimelinePlayer, type PlayerOptions } from '../timelinePlayer.svelte';

function simulate(scenario: ScenarioName, knobs: Knobs): Timeline {
  return runScenario(scenario, toScenarioParams(scenario, knobs));
}

/** True in a browser whose reader asked for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Knobs plus the player they drive. */
export class LessonRun {
  knobs: Knobs = $state.raw(defaultKnobs());
  readonly player: TimelinePlayer;
  readonly scenario: ScenarioName;

  constructor(scenario: ScenarioName, options: PlayerOptions = {}) {
    this.scenario = scenario;
    this.player = new TimelinePlayer(simulate(scenario, this.knobs), options);
  }

  /** Applies new knobs: a new timeline, the player keeps its time (clamped). */
  setKnobs(knobs: Knobs): void {
    this.knobs = knobs;
    this.player.setTimeline(simulate(this.scenario, knobs));
  }

  /** Changes one knob. */
  setKnob<K extends keyof Knobs>(name: K, value: Knobs[K]): void {
    this.setKnobs({ ...this.knobs, [name]: value });
  }

  /** Back to every default. */
  reset(): void {
    this.setKnobs(defaultKnobs());
  }
}
