import { runWebSocket } from '../../sim';
import { toScenarioParams } from '../../widgets/toScenarioParams';
import type { Simulate } from '../lesson/lessonRun.svelte';

/** The WebSocket widget's runner: only the WebSocket scenario. */
export const simulateWebSocket: Simulate = (scenario, knobs) => {
  if (scenario !== 'websocket') throw new Error(`simulateWebSocket runs the WebSocket scenario, not ${scenario}`);
  return runWebSocket(toScenarioParams('websocket', knobs));
};
