/**
 * Server-Sent Events read with fetch() and a streaming reader rather than
 * EventSource: the same request (Accept: text/event-stream, no cache), the same
 * parser rules (the project's `parseSseStream`), but the page sees the bytes,
 * so each event's block is measured as it arrived; only its chunk framing
 * (size line and CRLF, which fetch removes) is computed.
 */
import type { ErrorResponse, StreamEndReason } from '../../../server/live/liveMessages';
import type { LiveEvent } from '../../../server/live/liveSession';
import { encodeChunkOf, parseSseStream, type EncodedMessage } from '../../sim';
import { apiUrl, postMessage, setSessionRate } from './liveApi';
import type { LinkOptions, LiveLink } from './liveLink';
import { clockSample } from './clockSample';
import { headerList, utf8Length } from './wireBytes';

interface Hello { receivedAt: number; writtenAt: number; requestHeaderBytes: number }

/** Opens GET /api/sse for the session, from its first buffered event. */
export function sseLink(options: LinkOptions): LiveLink {
  const { sink, now } = options;
  const controller = new AbortController();
  let closed = false;
  const stop = (end: Parameters<typeof sink.ended>[0]): void => {
    if (closed) return;
    closed = true;
    controller.abort();
    sink.ended(end);
  };

  const read = async (): Promise<void> => {
    const sentAt = now();
    const url = apiUrl(options.httpBase, 'sse', { session: options.session, rate: options.rate, since: 0 });
    const response = await fetch(url, { headers: { Accept: 'text/event-stream', 'Cache-Control': 'no-cache' }, signal: controller.signal });
    if (!response.ok || !response.body) {
      let error = 'unknown';
      try { error = ((await response.json()) as ErrorResponse).error; } catch { /* not JSON */ }
      return stop({ kind: 'http-error', status: response.status, error });
    }
    const headers = headerList(response.headers);
    const reader = response.body.getReader();
    let pending: Uint8Array = new Uint8Array(0);
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return stop({ kind: 'stream-end', reason: 'closed' });
      const arrivedAt = now();
      pending = concat(pending, value);
      const parsed = parseSseStream(pending);
      if (!parsed.ok) continue;
      for (const event of parsed.value.events) {
        const block = pending.subarray(event.start, event.end);
        if (event.type === 'hello') {
          const hello = JSON.parse(event.data) as Hello;
          sink.request({ requestHeadBytes: hello.requestHeaderBytes, responseHeaders: headers });
          sink.clock(clockSample({ sentAt, serverReceivedAt: hello.receivedAt, serverWrittenAt: hello.writtenAt, arrivedAt }));
        } else if (event.type === 'end') {
          return stop({ kind: 'stream-end', reason: (JSON.parse(event.data) as { reason: StreamEndReason }).reason });
        } else {
          const live = JSON.parse(event.data) as LiveEvent;
          sink.event({
            id: live.id, kind: live.kind, generatedAt: live.generatedAt, arrivedAt,
            wireBytes: chunkedSize(block), bytesBy: 'stream', payloadBytes: utf8Length(event.data),
          });
        }
      }
      pending = pending.slice(parsed.consumed);
    }
  };

  read().catch(() => { if (!closed) stop({ kind: 'unreachable' }); });
  return {
    send: (text) => postMessage(options, text),
    setRate: async (rate) => { await setSessionRate(options, rate); },
    close: () => stop({ kind: 'closed-by-reader' }),
  };
}

/** The block's bytes as the server sent them: in one chunk of its own (RFC 9112 §7.1). */
function chunkedSize(block: Uint8Array): number {
  const message: EncodedMessage = { bytes: block, fields: [], headerBytes: 0, payloadBytes: block.length };
  return encodeChunkOf(message).bytes.length;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
