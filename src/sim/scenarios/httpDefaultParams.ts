/**
 * The HTTP lessons' default parameters, and what every scenario's defaults start from: a 50 ms one-way
 * link (a continent away), about one event a second, Chrome's headers. A module of its own, so the HTTP
 * lesson pages leave the other scenarios' table (defaultParams.ts) out.
 */
import type { NetworkParams } from '../network/network';
import type { CommonParams, ScenarioParamsMap } from './scenarioParams';

const TEN_MEGABITS = 10_000_000;

export type HttpScenario = 'polling' | 'long-polling' | 'streaming';

/** The network every scenario starts with. */
export const DEFAULT_NETWORK: NetworkParams = { latencyMs: 50, jitterMs: 0, bandwidthBps: TEN_MEGABITS, setup: 'none' };

export const COMMON: CommonParams = {
  seed: 1,
  durationMs: 10_000,
  network: DEFAULT_NETWORK,
  events: { kind: 'random', ratePerSecond: 1 },
  payloadBytes: 64,
  headerSet: { kind: 'browser' },
};

/** The HTTP lessons' defaults. */
export const HTTP_DEFAULTS: Pick<ScenarioParamsMap, HttpScenario> = {
  polling: { ...COMMON, intervalMs: 1000 },
  // 30 s is a common long-poll time-out: under most proxies' idle limits.
  'long-polling': { ...COMMON, holdTimeoutMs: 30_000 },
  streaming: { ...COMMON, mode: 'sse', clientMessages: [3000, 7000] },
};

/** The default parameters of an HTTP lesson's scenario (what `defaultParams` gives, without its whole table). */
export function httpDefaultParams<N extends HttpScenario>(name: N): ScenarioParamsMap[N] {
  return { ...HTTP_DEFAULTS[name] } as ScenarioParamsMap[N];
}
