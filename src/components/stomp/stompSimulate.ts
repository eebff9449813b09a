import { runScenario } from '../../sim';
import { toScenarioParams } from '../../widgets/toScenarioParams';
import type { Simulate } from '../lesson/lessonRun.svelte';

/** The STOMP widget's runner: only the STOMP scenario. */
export const simulateStomp: Simulate = (scenario, knobs) => {
  if (scenario !== 'stomp') throw new Error(`simulateStomp runs the STOMP scenario, not ${scenario}`);
  return runScenario('stomp', toScenarioParams('stomp', knobs));
};
