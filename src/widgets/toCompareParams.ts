/**
 * The compare knobs turned into the simulator's compare parameters. Apart from
 * `compareKnobs.ts` so that the compare widget's form, which loads at once, does
 * not carry the simulator's defaults and schedules: only the runs need them.
 */
import { DEFAULT_NETWORK, defaultParams, type CompareParams, type HeaderSet } from '../sim';
import type { CompareKnobs } from './compareKnobs';
import { defaultKnobs } from './knobs';
import { scheduleOf } from './httpScenarioParams';

const MS_PER_SECOND = 1000;
const SECONDS_PER_MINUTE = 60;
const BITS_PER_MEGABIT = 1_000_000;
const MINIMAL_HOST = 'example.com';

function headerSetOf(knobs: CompareKnobs): HeaderSet {
  if (knobs.headerSet === 'minimal') return { kind: 'custom', headers: [{ name: 'Host', value: MINIMAL_HOST }] };
  return { kind: 'browser', options: knobs.cookieBytes > 0 ? { cookieLength: knobs.cookieBytes } : {} };
}

/** The simulator's compare parameters for these knobs. */
export function toCompareParams(knobs: CompareKnobs): CompareParams {
  const base = defaultParams('polling');
  // The lessons' schedule, fed a rate per second (a fraction is fine: it only sets a period or a Poisson rate).
  const events = scheduleOf({ ...defaultKnobs(), pattern: knobs.pattern, eventRate: knobs.eventsPerMin / SECONDS_PER_MINUTE });
  return {
    ...base,
    seed: knobs.seed,
    durationMs: knobs.durationS * MS_PER_SECOND,
    network: { ...DEFAULT_NETWORK, latencyMs: knobs.latencyMs, jitterMs: knobs.jitterMs, bandwidthBps: knobs.bandwidthMbps * BITS_PER_MEGABIT },
    events,
    payloadBytes: knobs.payloadBytes,
    headerSet: headerSetOf(knobs),
    intervalMs: knobs.intervalMs,
    holdTimeoutMs: knobs.holdTimeoutMs,
    compression: knobs.deflate === 'on' ? 'deflate' : knobs.deflate === 'no-takeover' ? 'deflate-no-context-takeover' : 'off',
  };
}
