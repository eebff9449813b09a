/**
 * Reads `/embed/compare?…` into validated compare knobs, like `widgetOptions`
 * does for the lessons: unknown names and malformed values are dropped and
 * reported by a safe name; values are numbers or members of fixed lists only.
 */
import { parseKnobValue } from './knobs';
import { compareKnobNames, compareKnobSpecs, comparePresets, defaultCompareKnobs, isCompareKnob, type CompareKnobs, type PresetName } from './compareKnobs';
import { safeName, type Theme, type WidgetLang } from './widgetOptions';

/** Where the compare widget opens. */
export interface CompareOptions {
  readonly knobs: CompareKnobs;
  /** Simulated ms the four diagrams open at. */
  readonly time?: number;
  readonly theme: Theme;
  readonly autoplay: boolean;
  readonly lang: WidgetLang;
  readonly rejected: readonly string[];
}

const MAX_TIME_MS = 10_000_000;
const MAX_REPORTED = 5;

/** Parses `?preset=ticker&latencyMs=20&t=1500&theme=dark`; a preset applies first, explicit knobs over it. */
export function readCompareOptions(search: URLSearchParams): CompareOptions {
  let knobs = defaultCompareKnobs();
  const rejected: string[] = [];
  let time: number | undefined;
  let theme: Theme = 'auto';
  let autoplay = false;
  let lang: WidgetLang = 'en';
  const preset = search.get('preset');
  if (preset !== null) {
    if (Object.hasOwn(comparePresets, preset)) knobs = { ...knobs, ...comparePresets[preset as PresetName] };
    else rejected.push('preset');
  }
  for (const [name, raw] of search) {
    if (name === 'preset') continue;
    if (isCompareKnob(name)) {
      const value = parseKnobValue(compareKnobSpecs[name], raw);
      if (value === undefined) rejected.push(name);
      else (knobs as Record<string, number | string>)[name] = value;
    } else if (name === 't') {
      const value = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN;
      if (value <= MAX_TIME_MS) time = value;
      else rejected.push(name);
    } else if (name === 'theme') {
      if (raw === 'auto' || raw === 'light' || raw === 'dark') theme = raw;
      else rejected.push(name);
    } else if (name === 'autoplay') {
      if (raw === '1' || raw === 'true') autoplay = true;
      else if (raw === '0' || raw === 'false') autoplay = false;
      else rejected.push(name);
    } else if (name === 'lang') {
      if (raw === 'en' || raw === 'ko') lang = raw;
      else rejected.push(name);
    } else {
      rejected.push(name);
    }
  }
  return { knobs, time, theme, autoplay, lang, rejected: [...new Set(rejected.map(safeName))].slice(0, MAX_REPORTED) };
}

/** The query string for these knobs: only those that differ from the defaults, plus the time. */
export function writeCompareQuery(knobs: CompareKnobs, extra: { time?: number; theme?: Theme; lang?: WidgetLang } = {}): string {
  const search = new URLSearchParams();
  const defaults = defaultCompareKnobs();
  for (const name of compareKnobNames) if (knobs[name] !== defaults[name]) search.set(name, String(knobs[name]));
  if (extra.time !== undefined && extra.time > 0) search.set('t', String(Math.round(extra.time)));
  if (extra.theme && extra.theme !== 'auto') search.set('theme', extra.theme);
  if (extra.lang && extra.lang !== 'en') search.set('lang', extra.lang);
  const query = search.toString();
  return query ? `?${query}` : '';
}
