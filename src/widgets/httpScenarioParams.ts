/**
 * The knobs of the HTTP lessons (polling, long polling, streaming) as scenario parameters. Kept apart from
 * `toScenarioParams`, which maps every scenario, so the HTTP lesson pages ship only what they run.
 */
import { DEFAULT_NETWORK, httpDefaultParams, type EventSchedule, type HeaderSet, type HttpScenarioName, type NetworkParams, type ScenarioParamsMap } from '../sim';
import type { Knobs } from './knobs';

const MS_PER_SECOND = 1000;
/** A burst is this many events, this far apart: enough to outrun one round trip at any latency the knobs allow. */
const BURST_SIZE = 5;
const BURST_SPACING_MS = 10;
/** The host of the simulated site; a minimal HTTP/1.1 request needs only Host (RFC 9112 §3.2). */
const MINIMAL_HOST = 'example.com';

/** The event schedule the pattern and rate knobs describe. */
export function scheduleOf(knobs: Knobs): EventSchedule {
  const periodMs = MS_PER_SECOND / knobs.eventRate;
  switch (knobs.pattern) {
    case 'periodic':
      return { kind: 'periodic', periodMs };
    case 'bursts':
      // Same mean rate as the other patterns: `BURST_SIZE` events per burst, bursts spaced accordingly.
      return { kind: 'bursts', everyMs: periodMs * BURST_SIZE, size: BURST_SIZE, spacingMs: BURST_SPACING_MS };
    default:
      return { kind: 'random', ratePerSecond: knobs.eventRate };
  }
}

/** The request headers the header-set and cookie knobs describe. */
export function headerSetOf(knobs: Knobs): HeaderSet {
  if (knobs.headerSet === 'minimal') return { kind: 'custom', headers: [{ name: 'Host', value: MINIMAL_HOST }] };
  return { kind: 'browser', options: knobs.cookieBytes > 0 ? { cookieLength: knobs.cookieBytes } : {} };
}

/** The parameters every knob-driven scenario shares: seed, network, events, headers. */
export function commonParamsOf(knobs: Knobs, network: NetworkParams): { seed: number; network: NetworkParams; events: EventSchedule; headerSet: HeaderSet } {
  return {
    seed: knobs.seed,
    network: { ...DEFAULT_NETWORK, ...network, latencyMs: knobs.latencyMs, jitterMs: knobs.jitterMs },
    events: scheduleOf(knobs),
    headerSet: headerSetOf(knobs),
  };
}

/** Scenario parameters for an HTTP lesson with the knobs applied over the simulator's defaults. */
export function httpScenarioParams<N extends HttpScenarioName>(scenario: N, knobs: Knobs): ScenarioParamsMap[N] {
  const base = httpDefaultParams(scenario);
  const common = commonParamsOf(knobs, base.network);
  switch (scenario) {
    case 'polling':
      return { ...base, ...common, intervalMs: knobs.intervalMs } as ScenarioParamsMap[N];
    case 'long-polling':
      return { ...base, ...common, holdTimeoutMs: knobs.holdTimeoutMs } as ScenarioParamsMap[N];
    default:
      return { ...base, ...common, mode: knobs.mode === 'chunked' ? 'chunked' : 'sse' } as ScenarioParamsMap[N];
  }
}
