/** GET /api/poll: answers at once with the events after `since` (none yet: an empty list and the cursor). */
import { serverTiming, type LiveDeps, type LiveRequest } from './liveContext';
import type { EventsResponse } from './liveMessages';
import { sendJson } from './httpReply';

/** Answers a poll. Without `since` the cursor starts now: the first poll only learns `lastId`. */
export function pollRoute(deps: LiveDeps, request: LiveRequest): void {
  const { session, query } = request;
  const { events, gap } = session.replay(query.since ?? session.lastId);
  const body: EventsResponse = { session: session.id, reason: 'immediate', events, lastId: session.lastId, gap, ...serverTiming(request, deps.clock) };
  sendJson(request.res, 200, body, request.headers);
}
