/**
 * GET /api/sse: the session's events as Server-Sent Events (WHATWG HTML §9.2),
 * written by the project's own SSE encoder. Each session event is a plain
 * `message` whose `id:` is the event id and whose data is the event as JSON;
 * `hello` and `end` are named events without an id, so they never move the
 * browser's Last-Event-ID. On reconnect, EventSource sends Last-Event-ID and
 * the stream resumes right after it (it wins over `since`).
 */
import { encodeSseEvent } from '../../src/sim/index';
import { eventStream, type StreamFormat } from './eventStream';
import { sendError } from './httpReply';
import type { LiveDeps, LiveRequest } from './liveContext';
import { parseLastEventId } from './liveQuery';

/** How long EventSource waits before reconnecting after the stream ends (the `retry:` field), in ms. */
export const SSE_RETRY_MS = 1000;

const SSE: StreamFormat = {
  contentType: 'text/event-stream; charset=utf-8',
  hello: (hello) => encodeSseEvent({ retry: SSE_RETRY_MS, event: 'hello', data: JSON.stringify(hello) }).bytes,
  event: (event, writtenAt) => encodeSseEvent({ id: String(event.id), data: JSON.stringify({ ...event, writtenAt }) }).bytes,
  end: (reason, writtenAt) => encodeSseEvent({ event: 'end', data: JSON.stringify({ reason, writtenAt }) }).bytes,
};

/** Opens an SSE stream from Last-Event-ID, else `since`, else now. */
export function sseRoute(deps: LiveDeps, request: LiveRequest): void {
  const header = request.req.headers['last-event-id'];
  const lastEventId = parseLastEventId(Array.isArray(header) ? header.join(',') : header);
  if (lastEventId === null) {
    sendError(request.res, 400, 'badLastEventId', 'Last-Event-ID must be an event id (a whole number ≥ 0).', request.headers);
    return;
  }
  eventStream(deps, request, SSE, lastEventId ?? request.query.since);
}
