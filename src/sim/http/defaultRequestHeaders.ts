/**
 * The `browser` request header model: what Chromium writes over HTTP/1.1 for each kind of request, name for name,
 * in its order, with its values. It reproduces the captures in ./fixtures byte for byte (after their normalisation),
 * so the reader sees what a real poll costs. What depends on the page's origin follows Chromium: a potentially
 * trustworthy origin (https:, localhost) gets client hints, Sec-Fetch-* and `br, zstd`; any other http:// origin not.
 */
import { CHROMIUM_HEADER_ORDER, TRUSTWORTHY_ONLY, type ModelHeader, type RequestKind } from './chromiumHeaderOrder';
import { isPotentiallyTrustworthy } from './isPotentiallyTrustworthy';
import type { HttpHeader } from './types';

/** Chromium 156 on Linux, as Debian ships it (reduced UA: Chromium freezes the OS and minor version parts). */
export const CHROME_USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
/** The version whose captures the model follows (src/sim/http/fixtures/chromium-156). */
export const CHROME_MODEL_VERSION = '156.0.8078.114';
const CLIENT_HINT_BRANDS = '"Not:A-Brand";v="8", "Chromium";v="156"';
const CLIENT_HINT_PLATFORM = '"Linux"';
const NAVIGATION_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/jxl,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7';
const ACCEPT_ANY = '*/*';
const EVENT_STREAM = 'text/event-stream';
// Chromium offers br and zstd only where a middlebox cannot be in the way: trustworthy origins.
const ENCODINGS_TRUSTWORTHY = 'gzip, deflate, br, zstd';
const ENCODINGS_NON_SECURE = 'gzip, deflate';
const ACCEPT_LANGUAGE = 'en-US,en;q=0.9';
const NO_CACHE = 'no-cache';
const JSON_TYPE = 'application/json';
/** Chromium offers compression on every WebSocket (RFC 7692 §7.1). */
export const CHROME_EXTENSION_OFFER = 'permessage-deflate; client_max_window_bits';
// RFC 6455 §1.3's sample key: a scenario passes its own, drawn from its seeded stream.
const SAMPLE_KEY = 'dGhlIHNhbXBsZSBub25jZQ==';
// A cookie value made of realistic-looking name=value pairs, cycled to any length.
const COOKIE_PATTERN = 'session=7f3a9c2e51b84d06a1e5c9f0b3d27e48; theme=dark; _ga=GA1.1.1234567890.1700000000; consent=analytics%3Dno; ';

export type { RequestKind } from './chromiumHeaderOrder';

/** Knobs for defaultRequestHeaders; every header it adds can be switched or sized. */
export interface RequestHeaderOptions {
  /** Which request this is (default `fetch`): it decides the header names and their order. */
  readonly kind?: RequestKind;
  /**
   * The origin of the page making the request (default `http://<host>`). Its security decides Accept-Encoding,
   * client hints and Sec-Fetch-* (see isPotentiallyTrustworthy). The lessons keep the default: a non-secure public origin.
   */
  readonly pageOrigin?: string;
  /** Referer URL; default `<pageOrigin>/` (none for a navigation typed in, nor for a WebSocket); null leaves it out. */
  readonly referer?: string | null;
  /** Origin header: always sent by POST and WebSocket (default: pageOrigin), by a GET only when given (cross-origin). */
  readonly origin?: string;
  /** Accept value, instead of the kind's own. */
  readonly accept?: string;
  /** Length in bytes of a Cookie value to include (0 or absent: no Cookie). */
  readonly cookieLength?: number;
  /** POST: the body's length (Content-Length, written where Chromium writes it); absent: no Content-Length. */
  readonly bodyLength?: number;
  /** POST: Content-Type (default application/json). */
  readonly contentType?: string;
  /** WebSocket: Sec-WebSocket-Key (default RFC 6455's sample key). */
  readonly webSocketKey?: string;
  /** WebSocket: the subprotocols offered (Sec-WebSocket-Protocol); none by default. */
  readonly webSocketProtocols?: readonly string[];
  /** Client hints as this browser writes them (sec-ch-ua, sec-ch-ua-platform, sec-ch-ua-mobile); default Chromium 156 on Linux. */
  readonly clientHints?: { readonly brands: string; readonly platform: string; readonly mobile: boolean };
  readonly userAgent?: string;
  readonly acceptLanguage?: string;
  /** Headers appended at the end (e.g. Last-Event-ID). */
  readonly extra?: readonly HttpHeader[];
}

/** Browser headers for a request to `host` (include the port if not default, e.g. "localhost:8080"). */
export function defaultRequestHeaders(host: string, options: RequestHeaderOptions = {}): HttpHeader[] {
  const kind = options.kind ?? 'fetch';
  const pageOrigin = options.pageOrigin ?? `http://${host}`;
  const trustworthy = isPotentiallyTrustworthy(pageOrigin);
  const h: HttpHeader[] = [];
  for (const name of CHROMIUM_HEADER_ORDER[kind]) {
    if (!trustworthy && TRUSTWORTHY_ONLY.has(name)) continue;
    const value = valueOf(name, kind, host, pageOrigin, trustworthy, options);
    if (value !== undefined) h.push({ name, value });
  }
  if (options.extra) h.push(...options.extra);
  return h;
}

function valueOf(name: ModelHeader, kind: RequestKind, host: string, pageOrigin: string, trustworthy: boolean, o: RequestHeaderOptions): string | undefined {
  switch (name) {
    case 'Host': return host;
    case 'Connection': return kind === 'websocket' ? 'Upgrade' : 'keep-alive';
    case 'Content-Length': return o.bodyLength === undefined ? undefined : String(o.bodyLength);
    case 'Pragma':
    case 'Cache-Control': return NO_CACHE;
    case 'sec-ch-ua': return o.clientHints?.brands ?? CLIENT_HINT_BRANDS;
    case 'sec-ch-ua-mobile': return o.clientHints?.mobile ? '?1' : '?0';
    case 'sec-ch-ua-platform': return o.clientHints?.platform ?? CLIENT_HINT_PLATFORM;
    case 'Upgrade-Insecure-Requests': return '1';
    case 'User-Agent': return o.userAgent ?? CHROME_USER_AGENT;
    case 'Upgrade': return 'websocket';
    case 'Content-Type': return o.contentType ?? JSON_TYPE;
    case 'Accept': return o.accept ?? (kind === 'navigation' ? NAVIGATION_ACCEPT : kind === 'eventsource' ? EVENT_STREAM : ACCEPT_ANY);
    case 'Origin': return kind === 'post' || kind === 'websocket' ? (o.origin ?? pageOrigin) : o.origin;
    case 'Sec-WebSocket-Version': return '13';
    // A navigation typed in (the captured kind) is from no site, by the user; a script's request is same-origin here.
    case 'Sec-Fetch-Site': return kind === 'navigation' ? 'none' : 'same-origin';
    case 'Sec-Fetch-Mode': return kind === 'navigation' ? 'navigate' : 'cors';
    case 'Sec-Fetch-User': return '?1';
    case 'Sec-Fetch-Dest': return kind === 'navigation' ? 'document' : 'empty';
    case 'Referer': return refererOf(kind, pageOrigin, o.referer);
    case 'Accept-Encoding': return trustworthy ? ENCODINGS_TRUSTWORTHY : ENCODINGS_NON_SECURE;
    case 'Accept-Language': return o.acceptLanguage ?? ACCEPT_LANGUAGE;
    case 'Cookie': return o.cookieLength && o.cookieLength > 0 ? cookieOfLength(o.cookieLength) : undefined;
    case 'Sec-WebSocket-Key': return o.webSocketKey ?? SAMPLE_KEY;
    case 'Sec-WebSocket-Extensions': return CHROME_EXTENSION_OFFER;
    case 'Sec-WebSocket-Protocol': return o.webSocketProtocols?.length ? o.webSocketProtocols.join(', ') : undefined;
  }
}

function refererOf(kind: RequestKind, pageOrigin: string, referer: string | null | undefined): string | undefined {
  if (referer === null) return undefined;
  if (referer !== undefined) return referer;
  return kind === 'navigation' ? undefined : `${pageOrigin}/`;
}

/** A deterministic cookie value of exactly `length` ASCII bytes that does not end in a space. */
export function cookieOfLength(length: number): string {
  const n = Math.max(0, Math.floor(length));
  let s = COOKIE_PATTERN.repeat(Math.ceil(n / COOKIE_PATTERN.length) + 1).slice(0, n);
  // Trailing whitespace would be trimmed by a parser (OWS), changing the length; "; " would look cut off.
  if (s.endsWith(' ')) s = `${s.slice(0, -1)}x`;
  return s;
}
