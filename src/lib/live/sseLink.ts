/**
 * Server-Sent Events through a real EventSource, so the latency is what a page using the standard API sees and
 * the request is the one Chromium writes for EventSource (Accept: text/event-stream, Pragma and Cache-Control:
 * no-cache). EventSource hides the bytes: each event's wire size is computed from what it dispatched (its id and
 * data, in a chunk of its own, as the server writes it with the project's SSE encoder).
 */
import type { StreamEndReason } from '../../../server/live/liveMessages';
import type { LiveEvent } from '../../../server/live/liveSession';
import { apiUrl, postMessage, setSessionRate } from './liveApi';
import type { LinkOptions, LiveLink } from './liveLink';
import { clockSample } from './clockSample';
import { sseEventWireBytes, utf8Length } from './wireBytes';

interface Hello { receivedAt: number; writtenAt: number; requestHeaderBytes: number; requestHeaderLines?: { name: string; bytes: number }[] }

/** Opens GET /api/sse for the session, from its first buffered event. */
export function sseLink(options: LinkOptions): LiveLink {
  const { sink, now } = options;
  const url = new URL(apiUrl(options.httpBase, 'sse', { session: options.session, rate: options.rate, since: 0 }));
  const sentAt = now();
  const source = new EventSource(url.href);
  let closed = false;
  const stop = (end: Parameters<typeof sink.ended>[0]): void => {
    if (closed) return;
    closed = true;
    source.close();
    sink.ended(end);
  };

  source.addEventListener('hello', (message: MessageEvent<string>) => {
    const hello = JSON.parse(message.data) as Hello;
    sink.request({
      requestHeadBytes: hello.requestHeaderBytes,
      ...(hello.requestHeaderLines ? { requestHeaderLines: hello.requestHeaderLines } : {}),
      // A reconnect carries Last-Event-ID, which the model's first request does not: only the first is modelled.
      ...(message.lastEventId === '' ? { sent: { kind: 'eventsource', target: url.pathname + url.search } } : {}),
    });
    sink.clock(clockSample({ sentAt, serverReceivedAt: hello.receivedAt, serverWrittenAt: hello.writtenAt, arrivedAt: now() }));
  });
  source.addEventListener('end', (message: MessageEvent<string>) => {
    stop({ kind: 'stream-end', reason: (JSON.parse(message.data) as { reason: StreamEndReason }).reason });
  });
  source.addEventListener('message', (message: MessageEvent<string>) => {
    const arrivedAt = now();
    const live = JSON.parse(message.data) as LiveEvent;
    sink.event({
      id: live.id, kind: live.kind, generatedAt: live.generatedAt, arrivedAt,
      wireBytes: sseEventWireBytes(message.lastEventId, message.data), bytesBy: 'computed', payloadBytes: utf8Length(message.data),
    });
  });
  // EventSource retries on its own after a dropped stream (and gives up, CLOSED, on an answer that is not an event
  // stream). One retry is let through; a connection that fails before it opens ends the run.
  let open = false;
  source.addEventListener('open', () => { open = true; });
  source.addEventListener('error', () => {
    if (source.readyState === EventSource.CLOSED || !open) stop({ kind: 'unreachable' });
    open = false;
  });

  return {
    send: (text) => postMessage(options, text),
    setRate: async (rate) => { await setSessionRate(options, rate); },
    close: () => stop({ kind: 'closed-by-reader' }),
  };
}
