/** The one way to turn scenario parameters into a timeline. */
import type { ScenarioName, Timeline } from '../timeline/types';
import { runLongPolling } from './runLongPolling';
import { runPolling } from './runPolling';
import { runStreaming } from './runStreaming';
import { runWebSocket } from './runWebSocket';
import type { ScenarioParamsMap } from './scenarioParams';

const RUNNERS: { readonly [N in ScenarioName]: (params: ScenarioParamsMap[N]) => Timeline } = {
  polling: runPolling,
  'long-polling': runLongPolling,
  streaming: runStreaming,
  websocket: runWebSocket,
};

/** Simulates scenario `name` with `params` (start from `defaultParams(name)`); same params, same timeline. */
export function runScenario<N extends ScenarioName>(name: N, params: ScenarioParamsMap[N]): Timeline {
  return RUNNERS[name](params);
}
