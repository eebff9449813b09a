/**
 * Where a page lives in each language: the English page `/x` has its Korean
 * twin at `/ko/x`. Pure string work on paths, shared by the header, the
 * language switch, the glossary and the tests that walk the site map.
 */
import type { Lang } from './languages';

const PREFIX: Record<Lang, string> = { en: '', ko: '/ko' };

/** Drops a trailing slash and `index.html` (`/ko/polling/` → `/ko/polling`, `/ko/` → `/ko`), keeping the root `/`. */
function tidy(path: string): string {
  const bare = path.replace(/index\.html$/, '').replace(/\/+$/, '');
  return bare === '' ? '/' : bare;
}

/** The language a site path is written in: `ko` under `/ko`, otherwise `en`. */
export function pathLanguage(path: string): Lang {
  const tidied = tidy(path.split(/[?#]/)[0] ?? '/');
  return tidied === '/ko' || tidied.startsWith('/ko/') ? 'ko' : 'en';
}

/** The path with no language prefix (`/ko/polling` → `/polling`, `/ko` → `/`); an English path stays as it is. */
export function unlocalizedPath(path: string): string {
  const tidied = tidy(path);
  if (pathLanguage(tidied) === 'en') return tidied;
  const rest = tidied.slice(PREFIX.ko.length);
  return rest === '' ? '/' : rest;
}

/** The same page in `lang`: `localizedPath('/polling', 'ko')` → `/ko/polling`; `localizedPath('/ko/polling', 'en')` → `/polling`. A `?query` or `#hash` is kept. */
export function localizedPath(path: string, lang: Lang): string {
  const match = /^([^?#]*)(.*)$/.exec(path);
  const bare = unlocalizedPath(match?.[1] || '/');
  const tail = match?.[2] ?? '';
  const prefixed = PREFIX[lang] + (bare === '/' && lang !== 'en' ? '/' : bare);
  return prefixed + tail;
}

/** The language the switch offers on a page written in `lang`. */
export function otherLanguage(lang: Lang): Lang {
  return lang === 'en' ? 'ko' : 'en';
}

/** The same page in the other language (the header's switch): `/polling#step=4` → `/ko/polling#step=4`, `/ko/` → `/`. */
export function otherLanguagePath(path: string): string {
  const bare = path.split(/[?#]/)[0] ?? '/';
  return localizedPath(path, otherLanguage(pathLanguage(bare)));
}
