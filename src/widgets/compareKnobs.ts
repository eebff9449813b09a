/**
 * The compare widget's knobs: one flat record, like a lesson's, that sets the
 * shared parameters of all four techniques. The same names appear in the form,
 * in `/embed/compare?…` URLs and in the Embed snippet. Presets are partial
 * records laid over the defaults.
 */
import { knobSpecs, type KnobSpec } from './knobs';

export const compareKnobSpecs = {
  // Per minute, so that rare notifications (a few a minute) and a 10-per-second ticker fit one integer knob.
  // The page opens on the stock ticker (10 small events a second), where the differences are starkest.
  eventsPerMin: { kind: 'int', min: 1, max: 3000, step: 1, default: 600, unit: 'perMinute' },
  pattern: { ...knobSpecs.pattern, default: 'periodic' },
  payloadBytes: { kind: 'int', min: 1, max: 4096, step: 1, default: 48, unit: 'bytes' },
  durationS: { kind: 'int', min: 5, max: 120, step: 5, default: 10, unit: 's' },
  intervalMs: knobSpecs.intervalMs,
  holdTimeoutMs: { ...knobSpecs.holdTimeoutMs, default: 30_000 },
  latencyMs: knobSpecs.latencyMs,
  jitterMs: knobSpecs.jitterMs,
  bandwidthMbps: { kind: 'int', min: 1, max: 1000, step: 1, default: 10, unit: 'mbps' },
  headerSet: knobSpecs.headerSet,
  cookieBytes: knobSpecs.cookieBytes,
  // The WebSocket column with permessage-deflate; off keeps the classic comparison.
  deflate: { kind: 'choice', values: ['off', 'on', 'no-takeover'], default: 'off' },
  seed: knobSpecs.seed,
} as const satisfies Record<string, KnobSpec>;

export type CompareKnobName = keyof typeof compareKnobSpecs;
export type CompareKnobs = { -readonly [K in CompareKnobName]: (typeof compareKnobSpecs)[K]['default'] extends number ? number : string };
/** Form order. */
export const compareKnobNames = Object.keys(compareKnobSpecs) as CompareKnobName[];

/** Every compare knob at its default. */
export function defaultCompareKnobs(): CompareKnobs {
  const knobs = {} as Record<string, number | string>;
  for (const [name, spec] of Object.entries(compareKnobSpecs)) knobs[name] = spec.default;
  return knobs as CompareKnobs;
}

/** True when `name` is a compare knob. */
export function isCompareKnob(name: string): name is CompareKnobName {
  return Object.hasOwn(compareKnobSpecs, name);
}

export type PresetName = 'chat' | 'ticker' | 'notifications' | 'burst';

/** Event streams that make the differences vivid; everything else stays at its default. */
export const comparePresets: Readonly<Record<PresetName, Partial<CompareKnobs>>> = {
  // A group chat: a message every few seconds, a sentence each.
  chat: { eventsPerMin: 20, pattern: 'random', payloadBytes: 140, durationS: 30 },
  // A stock ticker: 10 small quotes a second, like clockwork.
  ticker: { eventsPerMin: 600, pattern: 'periodic', payloadBytes: 48, durationS: 10 },
  // Rare notifications: a few a minute at random, each a little larger.
  notifications: { eventsPerMin: 4, pattern: 'random', payloadBytes: 300, durationS: 60 },
  // Quiet, then five events 10 ms apart, every 6.25 s: a period that is no multiple of the 1 s poll
  // interval, so the bursts land early, mid-way and late between polls rather than always on one.
  burst: { eventsPerMin: 48, pattern: 'bursts', payloadBytes: 64, durationS: 30 },
};
export const presetNames = Object.keys(comparePresets) as PresetName[];

/** The defaults with `preset` laid over them. */
export function presetKnobs(preset: PresetName): CompareKnobs {
  return { ...defaultCompareKnobs(), ...comparePresets[preset] };
}

/** Whether two knob sets are the same, knob for knob. */
export function sameCompareKnobs(a: CompareKnobs, b: CompareKnobs): boolean {
  return compareKnobNames.every((k) => a[k] === b[k]);
}

/** The preset these knobs are exactly, if any (so its button can show as pressed). */
export function matchingPreset(knobs: CompareKnobs): PresetName | undefined {
  return presetNames.find((name) => compareKnobNames.every((k) => presetKnobs(name)[k] === knobs[k]));
}
