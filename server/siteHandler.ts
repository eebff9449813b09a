/**
 * The static site: the built files through sirv (brotli or gzip when the
 * build left a `.br`/`.gz` sibling and the request accepts it), the site's own
 * 404 page for anything else, every answer with its security and cache headers.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { normalizedAcceptEncoding } from './acceptedEncodings';
import { cacheControl } from './cacheControl';
import { securityHeaders } from './securityHeaders';
import { sitePages } from './sitePages';
import { inlineContent } from './inlineContent';
import { pathLanguage } from '../src/i18n/localizedPath';

/** Answers one request from the static site. */
export type SiteHandler = (req: IncomingMessage, res: ServerResponse) => void;

const BARE_NOT_FOUND = '<!doctype html><meta charset="utf-8"><title>Not found</title><p>Not found. <a href="/">Home</a></p>';

function setHeaders(res: ServerResponse, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}

/** Serves `siteDir` (read once: restart after a new build). */
export function siteHandler(siteDir: string): SiteHandler {
  // sirv: ETags, precise Content-Types, HEAD/Range, path traversal protection; dev:false caches the file list.
  // brotli/gzip: it serves `x.js.br` for `x.js` with Content-Encoding, that file's own length and ETag, and Vary.
  const serveSite = sirv(siteDir, { dev: false, etag: true, extensions: ['html'], brotli: true, gzip: true });
  const pages = sitePages(siteDir);
  const notFoundFile = join(siteDir, '404.html');
  // The site's own 404 page when it was built; a bare one otherwise.
  const notFoundPage = existsSync(notFoundFile) ? readFileSync(notFoundFile) : BARE_NOT_FOUND;
  const notFoundContent = inlineContent(notFoundPage.toString());
  // A missing page under /ko/ gets the Korean edition's 404 (when it was built; Astro writes it as ko/404/index.html).
  const koreanNotFoundFile = join(siteDir, 'ko', '404', 'index.html');
  const koreanNotFoundPage = existsSync(koreanNotFoundFile) ? readFileSync(koreanNotFoundFile) : notFoundPage;
  const koreanNotFoundContent = inlineContent(koreanNotFoundPage.toString());
  return (req, res) => {
    const target = req.url ?? '/';
    const path = target.includes('?') ? target.slice(0, target.indexOf('?')) : target;
    const host = req.headers.host;
    // Set before sirv writes its head (it keeps headers already set); a file that is no page gets the policy without inline sources.
    setHeaders(res, securityHeaders({ path, host, page: pages.pageAt(path) }));
    res.setHeader('Cache-Control', cacheControl(path));
    // Also on a 304 and a 404, which sirv leaves without it: caches must key every answer by the coding asked for.
    res.setHeader('Vary', 'Accept-Encoding');
    // sirv matches codings by substring ("br;q=0" would read as br): it gets only what the request really accepts.
    req.headers['accept-encoding'] = normalizedAcceptEncoding(req.headers['accept-encoding']);
    serveSite(req, res, () => {
      const korean = pathLanguage(path) === 'ko';
      setHeaders(res, securityHeaders({ path, host, page: korean ? koreanNotFoundContent : notFoundContent }));
      // Not the year-long lifetime of /_astro/: a missing file may exist after the next deploy.
      res.setHeader('Cache-Control', 'no-cache');
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(korean ? koreanNotFoundPage : notFoundPage);
    });
  };
}
