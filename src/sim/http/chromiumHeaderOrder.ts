/**
 * The order in which Chromium writes the request headers of each kind of request over HTTP/1.1, read off the
 * captures in ./fixtures (scripts/captureRequestHeads.ts). Each list is the order on a potentially trustworthy
 * origin; a non-secure origin sends the same list without the client hints and Sec-Fetch-* (TRUSTWORTHY_ONLY).
 * Not in the captures: Cookie (Chromium writes it after Accept-Language, before the WebSocket key) and
 * Sec-WebSocket-Protocol (after the extension offer, as Chromium's handshake stream appends it; the live panel checks it).
 */

/** What made the request: the page's navigation, fetch() GET, EventSource, a WebSocket upgrade, fetch() POST. */
export type RequestKind = 'navigation' | 'fetch' | 'eventsource' | 'websocket' | 'post';

/** Every header the model can write, by its name as Chromium spells it. */
export type ModelHeader =
  | 'Host' | 'Connection' | 'Content-Length' | 'Pragma' | 'Cache-Control'
  | 'sec-ch-ua' | 'sec-ch-ua-mobile' | 'sec-ch-ua-platform' | 'Upgrade-Insecure-Requests' | 'User-Agent'
  | 'Upgrade' | 'Content-Type' | 'Accept' | 'Origin' | 'Sec-WebSocket-Version'
  | 'Sec-Fetch-Site' | 'Sec-Fetch-Mode' | 'Sec-Fetch-User' | 'Sec-Fetch-Dest' | 'Referer'
  | 'Accept-Encoding' | 'Accept-Language' | 'Cookie' | 'Sec-WebSocket-Key' | 'Sec-WebSocket-Extensions' | 'Sec-WebSocket-Protocol';

/** Headers Chromium sends only to a potentially trustworthy origin (client hints, fetch metadata). */
export const TRUSTWORTHY_ONLY: ReadonlySet<ModelHeader> = new Set<ModelHeader>([
  'sec-ch-ua', 'sec-ch-ua-mobile', 'sec-ch-ua-platform', 'Sec-Fetch-Site', 'Sec-Fetch-Mode', 'Sec-Fetch-User', 'Sec-Fetch-Dest',
]);

const FETCH_TAIL: readonly ModelHeader[] = ['Sec-Fetch-Site', 'Sec-Fetch-Mode', 'Sec-Fetch-Dest', 'Referer', 'Accept-Encoding', 'Accept-Language', 'Cookie'];

/** Header order per request kind (Chromium 156, HTTP/1.1). */
export const CHROMIUM_HEADER_ORDER: Readonly<Record<RequestKind, readonly ModelHeader[]>> = {
  navigation: [
    'Host', 'Connection', 'sec-ch-ua', 'sec-ch-ua-mobile', 'sec-ch-ua-platform', 'Upgrade-Insecure-Requests', 'User-Agent', 'Accept',
    'Sec-Fetch-Site', 'Sec-Fetch-Mode', 'Sec-Fetch-User', 'Sec-Fetch-Dest', 'Referer', 'Accept-Encoding', 'Accept-Language', 'Cookie',
  ],
  // Origin appears only on a cross-origin GET (same place as in a POST).
  fetch: ['Host', 'Connection', 'sec-ch-ua-platform', 'User-Agent', 'sec-ch-ua', 'sec-ch-ua-mobile', 'Accept', 'Origin', ...FETCH_TAIL],
  eventsource: ['Host', 'Connection', 'Pragma', 'Cache-Control', 'sec-ch-ua-platform', 'User-Agent', 'Accept', 'sec-ch-ua', 'sec-ch-ua-mobile', 'Origin', ...FETCH_TAIL],
  post: [
    'Host', 'Connection', 'Content-Length', 'sec-ch-ua-platform', 'User-Agent', 'sec-ch-ua', 'Content-Type', 'sec-ch-ua-mobile', 'Accept',
    'Origin', ...FETCH_TAIL,
  ],
  websocket: [
    'Host', 'Connection', 'Pragma', 'Cache-Control', 'User-Agent', 'Upgrade', 'Origin', 'Sec-WebSocket-Version', 'Accept-Encoding',
    'Accept-Language', 'Cookie', 'Sec-WebSocket-Key', 'Sec-WebSocket-Extensions', 'Sec-WebSocket-Protocol',
  ],
};
