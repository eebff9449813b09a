/** The one way to turn scenario parameters into a timeline. */
import type { ScenarioName, Timeline } from '../timeline/types';
import { runHttpScenario, type HttpScenarioName } from './runHttpScenario';
import { runWebSocket } from './runWebSocket';
import { runSockets } from './sockets/runSockets';
import { runStomp } from './stomp/runStomp';
import { runSocketIo } from './socketio/runSocketIo';
import { runSockJs } from './sockjs/runSockJs';
import type { ScenarioParamsMap } from './scenarioParams';

/** Simulates scenario `name` with `params` (start from `defaultParams(name)`); same params, same timeline. */
export function runScenario<N extends ScenarioName>(name: N, params: ScenarioParamsMap[N]): Timeline {
  if (name === 'websocket') return runWebSocket(params as ScenarioParamsMap['websocket']);
  if (name === 'stomp') return runStomp(params as ScenarioParamsMap['stomp']);
  if (name === 'sockets') return runSockets(params as ScenarioParamsMap['sockets']);
  if (name === 'socketio') return runSocketIo(params as ScenarioParamsMap['socketio']);
  if (name === 'sockjs') return runSockJs(params as ScenarioParamsMap['sockjs']);
  return runHttpScenario(name as HttpScenarioName, params as ScenarioParamsMap[HttpScenarioName]);
}
