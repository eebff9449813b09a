/**
 * sockjs-client's transport ladder, in the order the client tries it (its
 * `transport-list`). Which rungs a browser may use depends on what it has:
 * the xdr-* rungs and htmlfile are for old Internet Explorer, the iframe-*
 * rungs for pages on another origin without CORS, jsonp-polling for browsers
 * without any of that. A modern browser goes websocket → xhr-streaming →
 * (eventsource, iframe-eventsource) → xhr-polling; the lesson models
 * websocket, xhr-streaming and xhr-polling.
 */

/** Every rung, top first. */
export const SOCKJS_LADDER = [
  'websocket', 'xhr-streaming', 'xdr-streaming', 'eventsource', 'iframe-eventsource', 'htmlfile', 'iframe-htmlfile',
  'xhr-polling', 'xdr-polling', 'iframe-xhr-polling', 'jsonp-polling',
] as const;

/** One rung of the ladder. */
export type SockJsTransport = (typeof SOCKJS_LADDER)[number];

/** The rungs the simulator models: what a modern browser uses. */
export const MODELLED_SOCKJS_TRANSPORTS: readonly SockJsTransport[] = ['websocket', 'xhr-streaming', 'xhr-polling'];

/** The rung after `transport` that the simulator models, or undefined at the bottom. */
export function nextModelledTransport(transport: SockJsTransport): SockJsTransport | undefined {
  const from = SOCKJS_LADDER.indexOf(transport);
  return SOCKJS_LADDER.slice(from + 1).find((t) => MODELLED_SOCKJS_TRANSPORTS.includes(t));
}
