/** The HTTP lessons' runner, in a module of its own so a lesson page can load the simulator on the reader's first knob. */
import { runHttpScenario } from '../../sim';
import { httpScenarioParams } from '../../widgets/httpScenarioParams';
import type { Simulate } from './lessonRun.svelte';

/** Runs polling, long polling or streaming; it leaves the WebSocket, sockets and STOMP scenarios (and their codecs) out of the HTTP bundles. */
export const simulateHttp: Simulate = (scenario, knobs) => {
  if (scenario === 'websocket' || scenario === 'sockets' || scenario === 'stomp' || scenario === 'socketio' || scenario === 'sockjs') throw new Error('simulateHttp runs HTTP scenarios only: pass the scenario’s own runner');
  return runHttpScenario(scenario, httpScenarioParams(scenario, knobs));
};
