/**
 * Reads a widget's URL (embed pages and deep links) into validated options.
 * Nothing from the URL is trusted: unknown names and malformed values are
 * dropped and reported by name so the widget can show a small notice; values
 * are only ever numbers or members of fixed lists, so none can carry markup.
 */
import type { ScenarioName } from '../sim';
import { defaultKnobs, isKnobOf, knobSpecs, parseKnobValue, scenarioKnobs, type Knobs } from './knobs';

export type Theme = 'auto' | 'light' | 'dark';
const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];
const LANGS = ['en', 'ko'] as const;
export type WidgetLang = (typeof LANGS)[number];

/** Where the widget should open, besides its knobs. */
export interface WidgetOptions {
  readonly knobs: Knobs;
  readonly step?: number;
  readonly theme: Theme;
  readonly autoplay: boolean;
  readonly lang: WidgetLang;
  /** Parameter names that were unknown or malformed (safe to display: see `safeName`). */
  readonly rejected: readonly string[];
}

const MAX_STEP = 10_000_000;
const MAX_REPORTED = 5;

/** Shortens a rejected parameter name to plain characters so even the notice cannot echo markup. */
export function safeName(name: string): string {
  const clean = name.replace(/[^A-Za-z0-9_.-]/g, '?').slice(0, 24);
  return clean || '?';
}

/** Parses `?intervalMs=500&step=12&theme=dark&autoplay=1&lang=en` for `scenario`. */
export function readWidgetOptions(search: URLSearchParams, scenario: ScenarioName): WidgetOptions {
  const knobs = defaultKnobs();
  const rejected: string[] = [];
  let step: number | undefined;
  let theme: Theme = 'auto';
  let autoplay = false;
  let lang: WidgetLang = 'en';

  for (const [name, raw] of search) {
    if (isKnobOf(scenario, name)) {
      const value = parseKnobValue(knobSpecs[name], raw);
      if (value === undefined) rejected.push(name);
      else (knobs as Record<string, number | string>)[name] = value;
    } else if (name === 'step') {
      const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
      if (Number.isSafeInteger(value) && value <= MAX_STEP) step = value;
      else rejected.push(name);
    } else if (name === 'theme') {
      if ((THEMES as readonly string[]).includes(raw)) theme = raw as Theme;
      else rejected.push(name);
    } else if (name === 'autoplay') {
      if (raw === '1' || raw === 'true') autoplay = true;
      else if (raw === '0' || raw === 'false') autoplay = false;
      else rejected.push(name);
    } else if (name === 'lang') {
      if ((LANGS as readonly string[]).includes(raw)) lang = raw as WidgetLang;
      else rejected.push(name);
    } else {
      rejected.push(name);
    }
  }
  const unique = [...new Set(rejected.map(safeName))].slice(0, MAX_REPORTED);
  return { knobs, step, theme, autoplay, lang, rejected: unique };
}

/** Builds the query string for an embed URL: only knobs that differ from their defaults, plus step. */
export function writeWidgetQuery(scenario: ScenarioName, knobs: Knobs, extra: { step?: number; theme?: Theme; lang?: WidgetLang } = {}): string {
  const search = new URLSearchParams();
  const defaults = defaultKnobs();
  for (const name of scenarioKnobs[scenario]) {
    if (knobs[name] !== defaults[name]) search.set(name, String(knobs[name]));
  }
  if (extra.step !== undefined) search.set('step', String(extra.step));
  if (extra.theme && extra.theme !== 'auto') search.set('theme', extra.theme);
  if (extra.lang && extra.lang !== 'en') search.set('lang', extra.lang);
  const query = search.toString();
  return query ? `?${query}` : '';
}
