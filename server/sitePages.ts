/**
 * The built site's pages and their inline content, read once at start-up, so
 * each answer's policy is a map look-up and not a parse of the file it serves.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { inlineContent, type InlineContent } from './inlineContent';

/** Looks up the page a request path serves (as sirv resolves it: `/x`, `/x/`, `/x.html`, `/x/index.html`). */
export interface SitePages {
  /** The inline content of the page at `path`, or null when it serves no HTML page. */
  pageAt(path: string): InlineContent | null;
  /** The number of pages read. */
  readonly size: number;
}

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).map((file) => join(dir, file));
}

/** The URL paths that serve `file` (relative to the site, with '/' separators). */
export function pathsOfFile(file: string): string[] {
  const path = `/${file}`;
  if (path.endsWith('/index.html')) {
    const dir = path.slice(0, -'index.html'.length);
    return dir === '/' ? ['/', path] : [dir, dir.slice(0, -1), path];
  }
  return [path, path.slice(0, -'.html'.length)];
}

/** Reads every `.html` file under `siteDir`. */
export function sitePages(siteDir: string): SitePages {
  const pages = new Map<string, InlineContent>();
  for (const file of htmlFiles(siteDir)) {
    const content = inlineContent(readFileSync(file, 'utf8'));
    for (const path of pathsOfFile(relative(siteDir, file).split(sep).join('/'))) pages.set(path, content);
  }
  return {
    pageAt(path) {
      let decoded = path;
      try {
        decoded = decodeURIComponent(path);
      } catch {
        // A malformed escape names no page.
      }
      return pages.get(decoded) ?? null;
    },
    size: new Set(pages.values()).size,
  };
}
