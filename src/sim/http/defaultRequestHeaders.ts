/**
 * A browser-like request header set, so the reader sees what a real poll costs.
 * Names, order and values follow what Chrome sends over HTTP/1.1 for a fetch().
 */
import type { HttpHeader } from './types';

/** Chrome 138 on Windows 10/11 (Chrome freezes the OS and minor version parts of its UA). */
export const CHROME_USER_AGENT = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36';
const CHROME_CLIENT_HINT_BRANDS = '"Not)A;Brand";v="8", "Chromium";v="138", "Google Chrome";v="138"';
const ACCEPT_ANY = '*/*';
const ACCEPT_ENCODING = 'gzip, deflate, br, zstd';
const ACCEPT_LANGUAGE = 'en-US,en;q=0.9';
// A cookie value made of realistic-looking name=value pairs, cycled to any length.
const COOKIE_PATTERN = 'session=7f3a9c2e51b84d06a1e5c9f0b3d27e48; theme=dark; _ga=GA1.1.1234567890.1700000000; consent=analytics%3Dno; ';

/** Knobs for defaultRequestHeaders; every header it adds can be switched or sized. */
export interface RequestHeaderOptions {
  /** Accept value: "*\/*" for fetch(), "text/event-stream" for EventSource. */
  readonly accept?: string;
  /** Referer URL; default `http://<host>/`; null leaves it out. */
  readonly referer?: string | null;
  /** Origin, sent by cross-origin or non-GET requests; left out unless given. */
  readonly origin?: string;
  /** Length in bytes of a Cookie value to include (0 or absent: no Cookie). */
  readonly cookieLength?: number;
  /** Add Sec-Fetch-* and sec-ch-ua* headers, as Chrome does over HTTPS. */
  readonly secFetch?: boolean;
  /** Cache-Control value (EventSource sends "no-cache"); left out unless given. */
  readonly cacheControl?: string;
  readonly userAgent?: string;
  readonly acceptLanguage?: string;
  /** Headers appended at the end (e.g. Content-Type for a POST, Last-Event-ID). */
  readonly extra?: readonly HttpHeader[];
}

/** Browser-like headers for a request to `host` (include the port if not default, e.g. "localhost:8080"). */
export function defaultRequestHeaders(host: string, options: RequestHeaderOptions = {}): HttpHeader[] {
  const h: HttpHeader[] = [
    { name: 'Host', value: host },
    { name: 'Connection', value: 'keep-alive' },
  ];
  if (options.cacheControl !== undefined) h.push({ name: 'Cache-Control', value: options.cacheControl });
  if (options.secFetch) {
    h.push({ name: 'sec-ch-ua-platform', value: '"Windows"' });
  }
  h.push({ name: 'User-Agent', value: options.userAgent ?? CHROME_USER_AGENT });
  if (options.secFetch) {
    h.push({ name: 'sec-ch-ua', value: CHROME_CLIENT_HINT_BRANDS }, { name: 'sec-ch-ua-mobile', value: '?0' });
  }
  h.push({ name: 'Accept', value: options.accept ?? ACCEPT_ANY });
  if (options.origin !== undefined) h.push({ name: 'Origin', value: options.origin });
  if (options.secFetch) {
    h.push(
      { name: 'Sec-Fetch-Site', value: 'same-origin' },
      { name: 'Sec-Fetch-Mode', value: 'cors' },
      { name: 'Sec-Fetch-Dest', value: 'empty' },
    );
  }
  const referer = options.referer === undefined ? `http://${host}/` : options.referer;
  if (referer !== null) h.push({ name: 'Referer', value: referer });
  h.push(
    { name: 'Accept-Encoding', value: ACCEPT_ENCODING },
    { name: 'Accept-Language', value: options.acceptLanguage ?? ACCEPT_LANGUAGE },
  );
  if (options.cookieLength && options.cookieLength > 0) h.push({ name: 'Cookie', value: cookieOfLength(options.cookieLength) });
  if (options.extra) h.push(...options.extra);
  return h;
}

/** A deterministic cookie value of exactly `length` ASCII bytes that does not end in a space. */
export function cookieOfLength(length: number): string {
  const n = Math.max(0, Math.floor(length));
  let s = COOKIE_PATTERN.repeat(Math.ceil(n / COOKIE_PATTERN.length) + 1).slice(0, n);
  // Trailing whitespace would be trimmed by a parser (OWS), changing the length; "; " would look cut off.
  if (s.endsWith(' ')) s = `${s.slice(0, -1)}x`;
  return s;
}
