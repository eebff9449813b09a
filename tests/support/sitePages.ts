/**
 * The site map, read from `src/pages`: every static page's route, so tests that must cover every page (the Korean
 * twins, their figures) pick up a new page without being edited. Dynamic routes (`embed/[widget]`) are left out.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathLanguage, unlocalizedPath } from '../../src/i18n/localizedPath';

const pagesDir = join(import.meta.dirname, '..', '..', 'src', 'pages');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.astro') ? [join(dir, entry.name)] : [],
  );
}

/** `src/pages/ko/websocket/index.astro` → `/ko/websocket`; `src/pages/index.astro` → `/`. */
function route(file: string): string {
  const path = `/${relative(pagesDir, file).split(sep).join('/')}`.replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
  return path === '' ? '/' : path;
}

/** Every static page's route, sorted. */
export const sitePages: readonly string[] = walk(pagesDir)
  .filter((file) => !file.includes('['))
  .map(route)
  .sort();

/** English pages (not under /ko). */
export const englishPages = sitePages.filter((p) => pathLanguage(p) === 'en');
/** Korean pages (under /ko). */
export const koreanPages = sitePages.filter((p) => pathLanguage(p) === 'ko');

/** The English path a page is the twin of (`/ko/` → `/`). */
export const twinKey = (path: string) => unlocalizedPath(path);
