/**
 * All UI text goes through here. Dictionaries are split by area (one file each
 * under `en/`) so that each part of the site owns its own strings; Korean
 * (`ko/`) mirrors the same keys when it arrives.
 */
import { captions, timers } from './en/captions';
import { fields } from './en/fields';
import { player } from './en/player';
import { metrics } from './en/metrics';
import { ui } from './en/ui';
import { wsFields } from './en/wsFields';
import { wsUi } from './en/wsUi';
import type { Caption } from '../sim/timeline/types';

export type Lang = 'en' | 'ko';
export const languages: readonly Lang[] = ['en'];

const en: Record<string, string> = {
  ...captions,
  ...timers,
  ...fields,
  ...player,
  ...metrics,
  ...ui,
  ...wsFields,
  ...wsUi,
};

const dictionaries: Record<Lang, Record<string, string>> = { en, ko: en };

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
