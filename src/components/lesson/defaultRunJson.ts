/** For the lesson and embed pages (at build time): a widget's default run as the JSON its `defaultRun` prop takes. */
import type { ScenarioName } from '../../sim';
import { timelineToJson } from '../../lib/timelineJson';
import { defaultKnobs } from '../../widgets/knobs';
import type { Simulate } from './lessonRun.svelte';
import { simulateHttp } from './simulateHttp';

/**
 * The run the widget shows before the reader turns a knob, computed by the simulator at build time: `simulate` is the
 * scenario's runner (the widget's own, e.g. `simulateWebSocket`); the HTTP runner when left out.
 */
export function defaultRunJson(scenario: ScenarioName, simulate: Simulate = simulateHttp): string {
  return timelineToJson(simulate(scenario, defaultKnobs()));
}
