/**
 * The security headers of the static site's answers: a Content-Security-Policy
 * built from what the page runs inline (see inlineContent.ts), no MIME sniffing,
 * a referrer policy, and framing refused everywhere but the embeds.
 */
import { parseHost } from './hostAllowList';
import type { InlineContent } from './inlineContent';

/** What the headers depend on. */
export interface SecurityContext {
  /** The request's path, without the query. */
  readonly path: string;
  /** The request's Host, already checked against the allow-list (see hostAllowList.ts). */
  readonly host: string | undefined;
  /** The page's inline content, or null for a file that is not a page (scripts, styles, images). */
  readonly page: InlineContent | null;
}

// `/embed/…` (and a language's `/ko/embed/…`) are made to be framed by any site.
const EMBED_PATH = /^\/(?:[a-z]{2}\/)?embed(?:\/|$)/;
const UNSAFE_INLINE = "'unsafe-inline'";

/** Whether `path` is an embed page, frameable from anywhere. */
export function isEmbedPath(path: string): boolean {
  return EMBED_PATH.test(path);
}

function styleSources(page: InlineContent | null): string[] {
  if (!page) return [];
  // xterm's run-time <style> text cannot be hashed in advance; a hash in the list would disable 'unsafe-inline'.
  if (page.runtimeStyles) return [UNSAFE_INLINE];
  const hashes = [...page.styles, ...page.styleAttributes];
  // 'unsafe-hashes' lets the hashes match style attributes too (CSP3); scripts get no such leave.
  return page.styleAttributes.length > 0 ? ["'unsafe-hashes'", ...hashes] : hashes;
}

function connectSources(page: InlineContent | null, host: string | undefined): string[] {
  // The terminal's /connect opens any ws:// or wss:// URL the reader types.
  if (page?.anyWebSocket) return ['ws:', 'wss:'];
  // 'self' covers ws(s) to the same host in CSP3 browsers; older ones need it spelled out. Only a well-formed
  // Host goes into the policy (with LIVE_ALLOWED_HOSTS=* any text could arrive, ";" and all).
  return host !== undefined && parseHost(host) ? [`ws://${host}`, `wss://${host}`] : [];
}

/** The Content-Security-Policy for one answer. */
export function contentSecurityPolicy(context: SecurityContext): string {
  const { page } = context;
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...(page?.scripts ?? [])],
    ['style-src', "'self'", ...styleSources(page)],
    ['img-src', "'self'"],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...connectSources(page, context.host)],
    // msw's service worker (the live panel's fallback), served from the site itself.
    ['worker-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
  ];
  if (!isEmbedPath(context.path)) directives.push(['frame-ancestors', "'none'"]);
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** Every security header for one answer of the static site. */
export function securityHeaders(context: SecurityContext): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy(context),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
  // For browsers that predate frame-ancestors.
  if (!isEmbedPath(context.path)) headers['X-Frame-Options'] = 'DENY';
  return headers;
}
