/**
 * Routes the live HTTP endpoints and applies what they all share: the origin
 * policy (and CORS for allow-listed origins), the method, the query, and the
 * session. Everything else is left to the static site.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendError } from './httpReply';
import type { LiveDeps, LiveRequest } from './liveContext';
import { parseLiveQuery } from './liveQuery';
import { longPollRoute } from './longPollRoute';
import { originAllowed } from './originAllowed';
import { pollRoute } from './pollRoute';
import type { HeaderByteCount } from './requestHeaderBytes';
import { sendRoute } from './sendRoute';
import type { SessionRefusal } from './sessionRegistry';
import { sseRoute } from './sseRoute';
import { streamRoute } from './streamRoute';
import { WS_PATH } from './wsEndpoint';

interface Route {
  readonly method: 'GET' | 'POST';
  readonly handle: (deps: LiveDeps, request: LiveRequest) => void;
}

/** The live HTTP endpoints by path. */
export const LIVE_ROUTES: ReadonlyMap<string, Route> = new Map([
  ['/api/poll', { method: 'GET', handle: pollRoute }],
  ['/api/long-poll', { method: 'GET', handle: longPollRoute }],
  ['/api/stream', { method: 'GET', handle: streamRoute }],
  ['/api/sse', { method: 'GET', handle: sseRoute }],
  ['/api/send', { method: 'POST', handle: sendRoute }],
]);

const API_PREFIX = '/api/';
/** What a client is told when no session could be made for it. */
export const SESSION_REFUSALS: Readonly<Record<SessionRefusal, string>> = {
  tooManySessions: 'Too many live sessions right now; try again shortly.',
  tooManySessionsFromAddress: 'Your address has its share of live sessions; reuse one, or try again once one has been idle a minute.',
  overloaded: 'The server is short of memory and takes no new sessions right now; try again shortly.',
};
// How long a browser may reuse a CORS preflight answer, in seconds.
const PREFLIGHT_MAX_AGE = '600';

/** Handles `req` if it is for a live endpoint (or /ws without an upgrade); false to let the site serve it. */
export function liveRouter(deps: LiveDeps, req: IncomingMessage, res: ServerResponse, headerBytes: HeaderByteCount): boolean {
  // Split by hand: new URL() would read "//host/api/poll" as another host.
  const target = req.url ?? '/';
  const q = target.indexOf('?');
  const path = q < 0 ? target : target.slice(0, q);
  if (path === WS_PATH) {
    // RFC 9110 §15.5.22: 426 names the protocol to upgrade to.
    sendError(res, 426, 'upgradeRequired', 'This endpoint speaks WebSocket: send an upgrade request.', { Upgrade: 'websocket', Connection: 'Upgrade' });
    return true;
  }
  const route = LIVE_ROUTES.get(path);
  if (!route) {
    if (!path.startsWith(API_PREFIX)) return false;
    sendError(res, 404, 'notFound', `No live endpoint at ${path}.`);
    return true;
  }

  const { config, clock, sessions } = deps;
  const receivedAt = clock.now();
  const origin = req.headers.origin;
  if (!originAllowed(origin, req.headers.host, config.allowedOrigins)) {
    sendError(res, 403, 'originNotAllowed', 'Pages from this origin may not use the live endpoints.');
    return true;
  }
  const headers: Record<string, string> = origin === undefined ? {} : { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
  if (req.method === 'OPTIONS') {
    res.writeHead(204, { ...headers, 'Access-Control-Allow-Methods': route.method, 'Access-Control-Allow-Headers': 'Content-Type, Last-Event-ID', 'Access-Control-Max-Age': PREFLIGHT_MAX_AGE });
    res.end();
    return true;
  }
  if (req.method !== route.method) {
    sendError(res, 405, 'methodNotAllowed', `${path} answers ${route.method} only.`, { ...headers, Allow: `${route.method}, OPTIONS` });
    return true;
  }
  const parsed = parseLiveQuery(new URLSearchParams(q < 0 ? '' : target.slice(q + 1)), config);
  if (!parsed.ok) {
    sendError(res, 400, 'badQuery', parsed.error.message, headers);
    return true;
  }
  const { query } = parsed;
  if (query.session === undefined) {
    sendError(res, 400, 'missingSession', 'Add ?session=<id> (1–64 letters, digits, "-" or "_").', headers);
    return true;
  }
  const address = req.socket.remoteAddress ?? 'unknown';
  const session = sessions.obtain(query.session, query.rate, address);
  if (typeof session === 'string') {
    sendError(res, 503, session, SESSION_REFUSALS[session], { ...headers, 'Retry-After': '5' });
    return true;
  }
  route.handle(deps, { req, res, query, session, address, receivedAt, headerBytes, headers });
  return true;
}
