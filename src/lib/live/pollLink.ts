/**
 * Polling and long polling with fetch(): GET /api/poll every `pollIntervalMs`
 * (a late answer pushes the next poll to its arrival), or GET /api/long-poll
 * again the moment each answer arrives. Every answer is a clock sample (the
 * hold is left out) and each event in it is charged an equal share of the
 * request head, the answer head and the body.
 */
import type { ErrorResponse, EventsResponse } from '../../../server/live/liveMessages';
import { apiUrl, postMessage, setSessionRate } from './liveApi';
import type { LinkOptions, LiveLink } from './liveLink';
import { answerBytes } from './answerBytes';
import { clockSample } from './clockSample';
import { utf8Length } from './wireBytes';

/** Starts polling (`long` false) or long polling (`long` true). */
export function pollLink(options: LinkOptions, long: boolean): LiveLink {
  const { sink, now } = options;
  const controller = new AbortController();
  let rate = options.rate;
  let since = 0;
  let count = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const stop = (end: Parameters<typeof sink.ended>[0]): void => {
    if (closed) return;
    closed = true;
    clearTimeout(timer);
    controller.abort();
    sink.ended(end);
  };

  const once = async (): Promise<void> => {
    // `n` makes every URL unique, so the Resource Timing entry found is this request's.
    const query: Record<string, string | number> = { session: options.session, since, rate, n: ++count };
    if (long) query.timeout = options.holdTimeoutMs;
    const url = apiUrl(options.httpBase, long ? 'long-poll' : 'poll', query);
    const sentAt = now();
    let response: Response;
    let text: string;
    try {
      // A plain fetch() GET, the request the header model writes: every URL is new (`n`) and every answer says
      // no-store, so no cache can answer; `cache: 'no-store'` would add Pragma and Cache-Control lines to each poll.
      response = await fetch(url, { signal: controller.signal });
      text = await response.text();
    } catch {
      if (!closed) stop({ kind: 'unreachable' });
      return;
    }
    const arrivedAt = now();
    if (closed) return;
    if (!response.ok) {
      let error = 'unknown';
      try { error = (JSON.parse(text) as ErrorResponse).error; } catch { /* not JSON: keep "unknown" */ }
      return stop({ kind: 'http-error', status: response.status, error });
    }
    const body = JSON.parse(text) as EventsResponse;
    const bytes = answerBytes(url, response, text);
    const target = new URL(url);
    sink.request({
      requestHeadBytes: body.requestHeaderBytes, responseHeaders: bytes.headers,
      ...(body.requestHeaderLines ? { requestHeaderLines: body.requestHeaderLines } : {}),
      sent: { kind: 'fetch', target: target.pathname + target.search },
    });
    sink.clock(clockSample({ sentAt, serverReceivedAt: body.receivedAt, serverWrittenAt: body.writtenAt, arrivedAt }));
    since = body.lastId;
    const share = body.events.length;
    for (const event of body.events) {
      sink.event({
        id: event.id, kind: event.kind, generatedAt: event.generatedAt, arrivedAt,
        wireBytes: (body.requestHeaderBytes + bytes.headBytes + bytes.bodyBytes) / share,
        bytesBy: bytes.bodyBy,
        payloadBytes: utf8Length(text) / share,
      });
    }
    if (body.reason === 'shutdown') return stop({ kind: 'stream-end', reason: 'shutdown' });
    const next = long ? 0 : Math.max(0, sentAt + options.pollIntervalMs - now());
    timer = setTimeout(() => void once(), next);
  };

  void once();
  return {
    send: (text) => postMessage(options, text),
    async setRate(value) {
      rate = value;
      // A held long poll would only pass the new rate on with its next request.
      if (long) await setSessionRate(options, value);
    },
    close: () => stop({ kind: 'closed-by-reader' }),
  };
}
