/**
 * One lesson widget's state: the reader's knobs and the player over the
 * timeline they produce. Changing a knob re-runs the scenario (well under a
 * millisecond for a lesson-sized run) and hands the new timeline to the player.
 */
import { runHttpScenario, type HttpScenarioName, type ScenarioName, type Timeline } from '../../sim';
import { defaultKnobs, type Knobs } from '../../widgets/knobs';
import { httpScenarioParams } from '../../widgets/httpScenarioParams';
import { TimelinePlayer, type PlayerOptions } from '../timelinePlayer.svelte';

/** Runs a scenario for a widget's knobs. */
export type Simulate = (scenario: ScenarioName, knobs: Knobs) => Timeline;

/** The HTTP lessons' runner: it leaves the WebSocket, sockets and STOMP scenarios (and their codecs) out of their bundles; those widgets pass their own. */
export const simulateHttp: Simulate = (scenario, knobs) => {
  if (scenario === 'websocket' || scenario === 'sockets' || scenario === 'stomp' || scenario === 'socketio' || scenario === 'sockjs') throw new Error('simulateHttp runs HTTP scenarios only: pass the scenario’s own runner');
  return runHttpScenario(scenario, httpScenarioParams(scenario, knobs));
};

/** True in a browser whose reader asked for less motion. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Knobs plus the player they drive. */
export class LessonRun {
  knobs: Knobs = $state.raw(defaultKnobs());
  readonly player: TimelinePlayer;
  readonly scenario: ScenarioName;

  readonly #simulate: Simulate;

  constructor(scenario: ScenarioName, options: PlayerOptions = {}, simulate: Simulate = simulateHttp) {
    this.scenario = scenario;
    this.#simulate = simulate;
    this.player = new TimelinePlayer(simulate(scenario, this.knobs), options);
  }

  /** Applies new knobs: a new timeline, the player keeps its time (clamped). */
  setKnobs(knobs: Knobs): void {
    this.knobs = knobs;
    this.player.setTimeline(this.#simulate(this.scenario, knobs));
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
