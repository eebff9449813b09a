/**
 * All UI text goes through here. Dictionaries are split by area (one file each
 * under `en/`) so that each part of the site owns its own strings; Korean
 * (`ko/`) mirrors the same keys when it arrives.
 *
 * Only the strings every widget needs are built in. Areas with many strings of
 * their own (the WebSocket lessons) register them from their own entry module
 * (`i18n/ws.ts`), so an HTTP lesson page does not ship WebSocket sentences.
 */
import { captions, timers, wsCauses } from './en/captions';
import { fields } from './en/fields';
import { player } from './en/player';
import { metrics } from './en/metrics';
import { ui } from './en/ui';
import type { Caption } from '../sim/timeline/types';

export type Lang = 'en' | 'ko';
export const languages: readonly Lang[] = ['en'];

const en: Record<string, string> = {
  ...captions,
  ...timers,
  ...wsCauses,
  ...fields,
  ...player,
  ...metrics,
  ...ui,
};

const dictionaries: Record<Lang, Record<string, string>> = { en, ko: en };

/** Adds an area's strings (English); call from that area's i18n entry module. */
export function registerDictionary(...areas: readonly Readonly<Record<string, string>>[]): void {
  for (const area of areas) Object.assign(en, area);
}

/** Translates `key`, filling `{name}` placeholders from `values`. Unknown keys render as the key itself so they are visible, not blank. */
export function t(key: string, values?: Readonly<Record<string, string | number>>, lang: Lang = 'en'): string {
  const template = dictionaries[lang][key] ?? en[key] ?? key;
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Renders a simulator caption in `lang`. */
export function caption(c: Caption, lang: Lang = 'en'): string {
  return t(c.key, c.values, lang);
}
