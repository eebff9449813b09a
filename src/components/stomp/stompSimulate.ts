// The scenario's own module, not runScenario: the page need not ship the HTTP, WebSocket and sockets scenarios.
import { runStomp } from '../../sim/scenarios/stomp/runStomp';
import { toScenarioParams } from '../../widgets/toScenarioParams';
import type { Simulate } from '../lesson/lessonRun.svelte';

/** The STOMP widget's runner: only the STOMP scenario. */
export const simulateStomp: Simulate = (scenario, knobs) => {
  if (scenario !== 'stomp') throw new Error(`simulateStomp runs the STOMP scenario, not ${scenario}`);
  return runStomp(toScenarioParams('stomp', knobs));
};
