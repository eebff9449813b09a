// The scenarios' own modules, not runScenario: the page need not ship the HTTP, WebSocket and sockets scenarios.
import { runSocketIo } from '../../sim/scenarios/socketio/runSocketIo';
import { runSockJs } from '../../sim/scenarios/sockjs/runSockJs';
import { toScenarioParams } from '../../widgets/toScenarioParams';
import type { Simulate } from '../lesson/lessonRun.svelte';

/** The Socket.IO widget's runner: only the Socket.IO scenario. */
export const simulateSocketIo: Simulate = (scenario, knobs) => {
  if (scenario !== 'socketio') throw new Error(`simulateSocketIo runs the Socket.IO scenario, not ${scenario}`);
  return runSocketIo(toScenarioParams('socketio', knobs));
};

/** The SockJS widget's runner: only the SockJS scenario. */
export const simulateSockJs: Simulate = (scenario, knobs) => {
  if (scenario !== 'sockjs') throw new Error(`simulateSockJs runs the SockJS scenario, not ${scenario}`);
  return runSockJs(toScenarioParams('sockjs', knobs));
};
