/** For the HTTP lesson pages (at build time): the widget's default run as the JSON its `defaultRun` prop takes. */
import type { ScenarioName } from '../../sim';
import { timelineToJson } from '../../lib/timelineJson';
import { defaultKnobs } from '../../widgets/knobs';
import { simulateHttp } from './simulateHttp';

/** The run the widget shows before the reader turns a knob, computed by the simulator at build time (HTTP scenarios only: `simulateHttp` throws for the others). */
export function defaultRunJson(scenario: ScenarioName): string {
  return timelineToJson(simulateHttp(scenario, defaultKnobs()));
}
