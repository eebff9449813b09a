/**
 * GET /api/stream: the session's events over one chunked response, as
 * newline-delimited JSON (`StreamRecord`), one record per chunk.
 */
import { eventStream, type StreamFormat } from './eventStream';
import type { LiveDeps, LiveRequest } from './liveContext';
import type { StreamRecord } from './liveMessages';

const line = (record: StreamRecord): string => `${JSON.stringify(record)}\n`;

const NDJSON: StreamFormat = {
  contentType: 'application/x-ndjson; charset=utf-8',
  hello: (hello) => line({ type: 'hello', ...hello }),
  event: (event, writtenAt) => line({ type: 'event', event, writtenAt }),
  end: (reason, writtenAt) => line({ type: 'end', reason, writtenAt }),
};

/** Opens a chunked stream from `since` (absent: from now). */
export function streamRoute(deps: LiveDeps, request: LiveRequest): void {
  eventStream(deps, request, NDJSON, request.query.since);
}
