/**
 * The HTTP scenarios alone. `runScenario` knows every scenario; a page that shows only
 * HTTP techniques imports this instead, so its bundle does not carry the WebSocket codec.
 */
import type { Timeline } from '../timeline/types';
import { runLongPolling } from './runLongPolling';
import { runPolling } from './runPolling';
import { runStreaming } from './runStreaming';
import type { ScenarioParamsMap } from './scenarioParams';

/** The scenarios that speak only HTTP. */
export type HttpScenarioName = 'polling' | 'long-polling' | 'streaming';

const RUNNERS: { readonly [N in HttpScenarioName]: (params: ScenarioParamsMap[N]) => Timeline } = {
  polling: runPolling,
  'long-polling': runLongPolling,
  streaming: runStreaming,
};

/** Simulates HTTP scenario `name` with `params`; same as `runScenario` for these names. */
export function runHttpScenario<N extends HttpScenarioName>(name: N, params: ScenarioParamsMap[N]): Timeline {
  return RUNNERS[name](params);
}
