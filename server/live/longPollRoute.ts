/**
 * GET /api/long-poll: answers at once if events after `since` are waiting;
 * otherwise holds the request until the next event, the time-out (`timeout`,
 * at most LIVE_LONG_POLL_TIMEOUT_MS) or shutdown, whichever comes first.
 */
import type { EventsResponse } from './liveMessages';
import { sendError, sendJson } from './httpReply';
import { serverTiming, type LiveDeps, type LiveRequest } from './liveContext';

/** Answers or holds a long poll. */
export function longPollRoute(deps: LiveDeps, request: LiveRequest): void {
  const { session, query, res } = request;
  const since = query.since ?? session.lastId;
  const answer = (reason: EventsResponse['reason']): void => {
    const { events, gap } = session.replay(since);
    const body: EventsResponse = { session: session.id, reason, events, lastId: session.lastId, gap, ...serverTiming(request, deps.clock) };
    sendJson(res, 200, body, request.headers);
  };
  const waiting = session.replay(since);
  if (waiting.events.length > 0 || waiting.gap) return answer('immediate');

  let done = false;
  const finish = (reason: EventsResponse['reason'] | 'gone'): void => {
    if (done) return;
    done = true;
    timer.cancel();
    unsubscribe();
    slot.release();
    if (reason !== 'gone') answer(reason);
  };
  const taken = deps.held.hold(request.address, (reason) => finish(reason === 'shutdown' ? 'shutdown' : 'timeout'));
  if (typeof taken === 'string') {
    sendError(res, 503, taken === 'total' ? 'tooManyHeld' : 'tooManyHeldFromAddress', 'Too many requests are being held open; try again shortly.', { ...request.headers, 'Retry-After': '5' });
    return;
  }
  const slot = taken;
  const unsubscribe = session.subscribe(() => finish('event'));
  const timer = deps.clock.setTimer(() => finish('timeout'), query.timeout ?? deps.config.longPollTimeoutMs);
  // The client gave up (or the connection broke): let go without answering.
  res.on('close', () => finish('gone'));
}
