/**
 * The header model's request head for a request the live panel's page made: Chromium's header lines for the
 * page's own origin (its security decides Accept-Encoding, client hints and Sec-Fetch-*), with the values the
 * page can read about its browser (User-Agent, languages, client hints, cookies it can see), for the exact URL.
 */
import { defaultRequestHeaders, serializeRequest, type RequestKind } from '../../sim';
import type { HeaderLineSize } from './requestHeadDiff';

/** What a page knows about itself and its browser. */
export interface PageFacts {
  /** location.origin, e.g. "http://127.0.0.1:4321". */
  readonly origin: string;
  /** location.host (Host header). */
  readonly host: string;
  /** The page's URL without fragment (Referer of a same-origin request). */
  readonly referer: string;
  readonly userAgent: string;
  readonly acceptLanguage: string;
  /** navigator.userAgentData as client hints (only on trustworthy origins, where Chromium sends them). */
  readonly clientHints?: { readonly brands: string; readonly platform: string; readonly mobile: boolean };
  /** Length of the cookies the page can see (document.cookie); HttpOnly ones are invisible to it. */
  readonly cookieLength: number;
}

/** A request as the page made it. */
export interface ModelRequest {
  readonly kind: RequestKind;
  /** Path and query, e.g. "/api/poll?session=a&n=1". */
  readonly target: string;
  /** WebSocket subprotocols offered. */
  readonly protocols?: readonly string[];
}

/** The model's head: its size and its header lines. */
export interface ModelHead {
  readonly bytes: number;
  readonly lines: readonly HeaderLineSize[];
}

const LINE_OVERHEAD = 4; // ": " and CRLF
const ascii = (s: string): number => new TextEncoder().encode(s).length;

/** Serializes the model's head for `request` made by `page`. */
export function modelRequestHead(page: PageFacts, request: ModelRequest): ModelHead {
  const headers = defaultRequestHeaders(page.host, {
    kind: request.kind,
    pageOrigin: page.origin,
    referer: page.referer,
    userAgent: page.userAgent,
    acceptLanguage: page.acceptLanguage,
    cookieLength: page.cookieLength,
    ...(page.clientHints ? { clientHints: page.clientHints } : {}),
    ...(request.protocols ? { webSocketProtocols: request.protocols } : {}),
  });
  const method = request.kind === 'post' ? 'POST' : 'GET';
  const { bytes } = serializeRequest({ method, target: request.target, headers });
  return { bytes: bytes.length, lines: headers.map((h) => ({ name: h.name, bytes: ascii(h.name) + ascii(h.value) + LINE_OVERHEAD })) };
}
