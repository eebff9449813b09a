/**
 * All UI text goes through here. Dictionaries are split by area (one file each
 * under `en/`) so that each part of the site owns its own strings; Korean
 * (`ko/`) mirrors the same keys, file for file.
 *
 * Only the strings every widget needs are built in; the field meanings load on the first field the reader points
 * at (`fieldMeanings.svelte.ts`). Areas with many strings of
 * their own (the WebSocket lessons) register them from their own entry module
 * (`i18n/ws.ts`), so an HTTP lesson page does not ship WebSocket sentences.
 *
 * English is built in; other languages load on demand (`loadLanguage`), so a
 * page read in English never downloads a translation. Each area registers how
 * to load its own translation (`registerTranslation`) beside its English.
 */
import { captions, timers, wsCauses } from './en/captions';
import { player } from './en/player';
import { metrics } from './en/metrics';
import { ui } from './en/ui';
import type { Caption } from '../sim/timeline/types';

import { isLang, type Lang } from './languages';

export { isLang, languages, type Lang } from './languages';

/** One area's strings: key → template. */
export type Dictionary = Readonly<Record<string, string>>;
/** Loads an area's strings in one translated language (a dynamic import, so they get a chunk of their own). */
export type TranslationLoader = () => Promise<readonly Dictionary[]>;

const en: Record<string, string> = {
  ...captions,
  ...timers,
  ...wsCauses,
  ...player,
  ...metrics,
  ...ui,
};

const dictionaries: Record<Lang, Record<string, string>> = { en, ko: {} };

const loaders: Record<Exclude<Lang, 'en'>, TranslationLoader[]> = {
  ko: [() => import('./ko/core').then((m) => m.core)],
};
// One promise per loader, shared by every caller, so a second `loadLanguage` waits for the same download.
const loading = new Map<TranslationLoader, Promise<void>>();

/** Adds an area's strings (English); call from that area's i18n entry module. */
export function registerDictionary(...areas: readonly Dictionary[]): void {
  for (const area of areas) Object.assign(en, area);
}

/** Says how to load an area's strings in `lang`; call from that area's i18n entry module, beside `registerDictionary`. */
export function registerTranslation(lang: Exclude<Lang, 'en'>, load: TranslationLoader): void {
  if (!loaders[lang].includes(load)) loaders[lang].push(load);
}

/**
 * Loads `lang`'s strings for every area registered so far; until it resolves, `t(key, values, lang)` answers in English.
 * Call it again after importing another area's entry module: only what is new is loaded.
 */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'en') return;
  const dictionary = dictionaries[lang];
  await Promise.all(
    loaders[lang].map((load) => {
      let promise = loading.get(load);
      if (!promise) {
        promise = load().then(
          (areas) => {
            for (const area of areas) Object.assign(dictionary, area);
          },
          (error: unknown) => {
            loading.delete(load); // a failed download (e.g. offline) may be retried
            throw error;
          },
        );
        loading.set(load, promise);
      }
      return promise;
    }),
  );
}

/**
 * In the browser: loads the strings of the language the page is written in (`<html lang>`) for every area
 * registered so far. The Svelte renderer awaits it before hydrating each island (`hydrateInPageLanguage`), so
 * a Korean page's first client render says what its Korean server render said (no English flash, no mismatch).
 * No-op on the server, in tests, and on English pages. An embed with `?lang=ko` is marked Korean by its head script
 * (EmbedLayout), so its islands wait for the strings too, then render Korean (`EmbedLanguage`, `EmbedTranslations`).
 * A failed download leaves English.
 */
export async function loadPageLanguage(): Promise<void> {
  if (typeof document === 'undefined') return;
  const lang = document.documentElement.lang;
  if (!isLang(lang) || lang === 'en') return;
  await loadLanguage(lang).catch(() => undefined);
}

// The Svelte renderer's wrapper (`hydrateInPageLanguage`) calls it through this global, without importing i18n.
(globalThis as Record<symbol, unknown>)[Symbol.for('socket-lab:loadPageLanguage')] = loadPageLanguage;

// `{name}` is the value; `{count:frame|frames}` the first word when `values.count` is 1, else the second (English's
// one/other; Korean has no plural, so its templates never use the form). Spelled out rather than Intl.PluralRules,
// whose first use loads locale data inside an island's hydration.
const placeholder = /\{(\w+)(?::([^{}|]*)\|([^{}]*))?\}/g;

/**
 * Translates `key`, filling `{name}` placeholders from `values` and choosing `{name:one|other}` words by
 * `values[name]`; a key missing in `lang` falls back to English. Unknown keys render as the key itself so
 * they are visible, not blank.
 */
export function t(key: string, values?: Readonly<Record<string, string | number>>, lang: Lang = 'en'): string {
  const template = dictionaries[lang][key] ?? en[key] ?? key;
  if (!values) return template;
  return template.replace(placeholder, (whole, name: string, one?: string, other?: string) =>
    !(name in values) ? whole : other === undefined ? String(values[name]) : Number(values[name]) === 1 ? one! : other,
  );
}

/** Renders a simulator caption in `lang`. */
export function caption(c: Caption, lang: Lang = 'en'): string {
  return t(c.key, c.values, lang);
}
