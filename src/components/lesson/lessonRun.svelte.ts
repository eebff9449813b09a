/**
 * One lesson widget's state: the reader's knobs and the player over the
 * timeline they produce. Changing a knob re-runs the scenario (well under a
 * millisecond for a lesson-sized run) and hands the new timeline to the player.
 */
import type { ScenarioName, Timeline } from '../../sim';
import { defaultKnobs, type Knobs } from '../../widgets/knobs';
import { TimelinePlayer, type PlayerOptions } from '../timelinePlayer.svelte';

/** Runs a scenario for a widget's knobs. */
export type Simulate = (scenario: ScenarioName, knobs: Knobs) => Timeline;

/**
 * How a widget gets its timelines: a runner at hand, or the default run computed at build time plus a way to load
 * the runner when the reader first turns a knob (the HTTP lessons, so their pages do not ship the simulator up front).
 */
export type LessonRunner =
  | { readonly simulate: Simulate }
  | { readonly defaultRun: Timeline; readonly loadSimulate: () => Promise<Simulate> };

/** True in a browser whose reader asked for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Knobs plus the player they drive. */
export class LessonRun {
  knobs: Knobs = $state.raw(defaultKnobs());
  readonly player: TimelinePlayer;
  readonly scenario: ScenarioName;

  #simulate: Simulate | undefined;
  readonly #runner: LessonRunner;
  #loading: Promise<Simulate> | undefined;

  constructor(scenario: ScenarioName, options: PlayerOptions, runner: LessonRunner) {
    this.scenario = scenario;
    this.#runner = runner;
    this.#simulate = 'simulate' in runner ? runner.simulate : undefined;
    this.player = new TimelinePlayer('simulate' in runner ? runner.simulate(scenario, this.knobs) : runner.defaultRun, options);
  }

  /**
   * Applies new knobs: a new timeline, the player keeps its time (clamped). Before the runner has loaded, the knobs
   * show at once and the timeline follows when it arrives (the last knobs win, so no change is lost or applied twice).
   */
  setKnobs(knobs: Knobs): void {
    this.knobs = knobs;
    if (this.#simulate) {
      this.player.setTimeline(this.#simulate(this.scenario, knobs));
      return;
    }
    this.loadSimulate().then(
      (simulate) => {
        if (this.knobs === knobs) this.player.setTimeline(simulate(this.scenario, knobs));
      },
      // The timeline stays the last one run; the next knob loads again.
      (error: unknown) => console.error('The simulator did not load', error),
    );
  }

  /** Starts loading the runner (a no-op once it is here); the widget calls it when the reader reaches for a knob. */
  loadSimulate(): Promise<Simulate> {
    if (this.#simulate) return Promise.resolve(this.#simulate);
    if ('simulate' in this.#runner) return Promise.resolve(this.#runner.simulate);
    this.#loading ??= this.#runner.loadSimulate().then(
      (simulate) => (this.#simulate = simulate),
      (error: unknown) => {
        this.#loading = undefined; // offline for a moment: the next knob tries again
        throw error;
      },
    );
    return this.#loading;
  }

  /** Changes one knob. */
  setKnob<K extends keyof Knobs>(name: K, value: Knobs[K]): void {
    this.setKnobs({ ...this.knobs, [name]: value });
  }

  /** Back to every default: the default run again, without running anything when it was computed at build time. */
  reset(): void {
    if ('defaultRun' in this.#runner) {
      this.knobs = defaultKnobs();
      this.player.setTimeline(this.#runner.defaultRun);
      return;
    }
    this.setKnobs(defaultKnobs());
  }
}
