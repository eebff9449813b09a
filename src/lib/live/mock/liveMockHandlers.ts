/**
 * The live endpoints emulated in the page with msw: the same paths, query
 * parameters and JSON shapes as `server/live` (`liveMessages.ts`), fed by the
 * server's own event source (`LiveSession`) and SSE encoder. What a mock
 * cannot know it says: request heads are rebuilt from the headers the page
 * set (`headerBytesMeasuredBy: 'rebuilt'`), without those the browser adds.
 */
import { http, HttpResponse, ws } from 'msw';
import type { Clock } from '../../../../server/live/clock';
import { LAB_PROTOCOL, type EventsResponse, type LabMessage, type SendResponse, type ServerTiming } from '../../../../server/live/liveMessages';
import { LiveSession, type LiveEvent } from '../../../../server/live/liveSession';
import { DEFAULT_LIVE_CONFIG } from '../../../../server/live/liveConfig';
import type { StreamHello } from '../../../../server/live/eventStream';
import { encodeSseEvent, encodeUtf8, serializeRequest, type HttpHeader } from '../../../sim';
import { utf8Length } from '../wireBytes';

/** Where the mock answers and how. */
export interface LiveMockOptions {
  /** e.g. "http://127.0.0.1:4321" */
  readonly httpOrigin: string;
  /** e.g. "ws://127.0.0.1:4321" */
  readonly wsOrigin: string;
  readonly clock: Clock;
}

// The server's own defaults; sseRoute.ts's SSE_RETRY_MS is not imported because that module pulls in Node's http.
const SSE_RETRY_MS = 1000;
const { defaultRate: DEFAULT_RATE, maxRate: MAX_RATE, eventBuffer: BUFFER, longPollTimeoutMs: LONG_POLL_TIMEOUT_MS, maxPayloadBytes, idleTimeoutMs } = DEFAULT_LIVE_CONFIG;
const JSON_HEADERS = { 'Cache-Control': 'no-store', 'Content-Type': 'application/json; charset=utf-8' };

/** How a mocked stream writes its records (the server's StreamFormat, minus the end record: a mock stream ends with the page). */
interface MockStreamFormat {
  hello(hello: StreamHello): Uint8Array;
  event(event: LiveEvent): Uint8Array;
}

/** msw handlers for /api/poll, /api/long-poll, /api/stream, /api/sse, /api/send and /ws. */
export function liveMockHandlers(options: LiveMockOptions) {
  const { clock } = options;
  const sessions = new Map<string, LiveSession>();

  const sessionOf = (url: URL): LiveSession | undefined => {
    const id = url.searchParams.get('session');
    if (!id || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) return undefined;
    let session = sessions.get(id);
    if (!session) {
      session = new LiveSession(id, { clock, rate: DEFAULT_RATE, bufferSize: BUFFER });
      sessions.set(id, session);
    }
    const rate = url.searchParams.get('rate');
    if (rate !== null && /^\d+$/.test(rate)) session.setRate(Math.min(MAX_RATE, Number(rate)));
    return session;
  };
  const sinceOf = (url: URL, session: LiveSession): number => {
    const since = url.searchParams.get('since');
    return since !== null && /^\d+$/.test(since) ? Number(since) : session.lastId;
  };
  const timing = (request: Request, receivedAt: number): ServerTiming => ({
    receivedAt, writtenAt: clock.now(), requestHeaderBytes: rebuiltHeadBytes(request), headerBytesMeasuredBy: 'rebuilt',
  });
  const missing = () => HttpResponse.json({ error: 'missingSession', message: 'Give ?session=<id>.' }, { status: 400, headers: JSON_HEADERS });
  const events = (request: Request, session: LiveSession, since: number, reason: EventsResponse['reason'], receivedAt: number) => {
    const { events: list, gap } = session.replay(since);
    const body: EventsResponse = { session: session.id, reason, events: list, lastId: session.lastId, gap, ...timing(request, receivedAt) };
    return HttpResponse.json(body, { headers: JSON_HEADERS });
  };

  /** A held response: a hello, the replay after `since`, then each new event, written by `format` (as server/live/eventStream.ts). */
  const eventStream = (request: Request, contentType: string, format: MockStreamFormat) => {
    const receivedAt = clock.now();
    const url = new URL(request.url);
    const session = sessionOf(url);
    if (!session) return missing();
    let unsubscribe = (): void => {};
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const { events: replay, gap } = session.replay(sinceOf(url, session));
        controller.enqueue(format.hello({ session: session.id, rate: session.rate, lastId: session.lastId, gap, ...timing(request, receivedAt) }));
        const write = (event: LiveEvent): void => controller.enqueue(format.event(event));
        replay.forEach(write);
        unsubscribe = session.subscribe(write);
      },
      cancel() { unsubscribe(); },
    });
    return new HttpResponse(stream, { headers: { 'Cache-Control': 'no-store', 'Content-Type': contentType } });
  };

  const api = (path: string): string => `${options.httpOrigin}/api/${path}`;
  const socket = ws.link(`${options.wsOrigin}/ws`);

  return [
    http.get(api('poll'), ({ request }) => {
      const receivedAt = clock.now();
      const url = new URL(request.url);
      const session = sessionOf(url);
      return session ? events(request, session, sinceOf(url, session), 'immediate', receivedAt) : missing();
    }),

    http.get(api('long-poll'), async ({ request }) => {
      const receivedAt = clock.now();
      const url = new URL(request.url);
      const session = sessionOf(url);
      if (!session) return missing();
      const since = sinceOf(url, session);
      if (session.replay(since).events.length > 0) return events(request, session, since, 'immediate', receivedAt);
      const timeout = Math.min(LONG_POLL_TIMEOUT_MS, Number(url.searchParams.get('timeout') ?? LONG_POLL_TIMEOUT_MS));
      const reason = await new Promise<EventsResponse['reason']>((resolve) => {
        const timer = clock.setTimer(() => { unsubscribe(); resolve('timeout'); }, timeout);
        const unsubscribe = session.subscribe(() => { timer.cancel(); unsubscribe(); resolve('event'); });
        request.signal.addEventListener('abort', () => { timer.cancel(); unsubscribe(); });
      });
      return events(request, session, since, reason, receivedAt);
    }),

    http.get(api('sse'), ({ request }) => eventStream(request, 'text/event-stream; charset=utf-8', {
      hello: (hello) => encodeSseEvent({ retry: SSE_RETRY_MS, event: 'hello', data: JSON.stringify(hello) }).bytes,
      event: (event) => encodeSseEvent({ id: String(event.id), data: JSON.stringify({ ...event, writtenAt: clock.now() }) }).bytes,
    })),

    http.get(api('stream'), ({ request }) => eventStream(request, 'application/x-ndjson; charset=utf-8', {
      hello: (hello) => encodeUtf8(`${JSON.stringify({ type: 'hello', ...hello })}\n`),
      event: (event) => encodeUtf8(`${JSON.stringify({ type: 'event', event, writtenAt: clock.now() })}\n`),
    })),

    http.post(api('send'), async ({ request }) => {
      const receivedAt = clock.now();
      const session = sessionOf(new URL(request.url));
      if (!session) return missing();
      const text = await request.text();
      const event = session.publish(text);
      const body: SendResponse = { session: session.id, id: event.id, bodyBytes: utf8Length(text), ...timing(request, receivedAt) };
      return HttpResponse.json(body, { status: 202, headers: JSON_HEADERS });
    }),

    socket.addEventListener('connection', ({ client }) => {
      const receivedAt = clock.now();
      const send = (message: LabMessage): void => client.send(JSON.stringify(message));
      const url = new URL(client.url);
      const session = url.searchParams.has('session') ? sessionOf(url) : undefined;
      send({
        type: 'hello', protocol: LAB_PROTOCOL, session: session?.id ?? null, mirror: false, maxPayloadBytes, idleTimeoutMs,
        receivedAt, writtenAt: clock.now(), requestHeaderBytes: 0, headerBytesMeasuredBy: 'rebuilt',
      });
      const forward = (event: LiveEvent): void => send({ type: 'event', event, writtenAt: clock.now() });
      if (session) session.replay(sinceOf(url, session)).events.forEach(forward);
      const unsubscribe = session?.subscribe(forward);
      client.addEventListener('message', (message) => {
        const at = clock.now();
        if (typeof message.data === 'string') send({ type: 'echo', data: message.data, receivedAt: at, writtenAt: clock.now() });
      });
      client.addEventListener('close', () => unsubscribe?.());
    }),
  ];
}

/** The request head rebuilt from what the mock can see: request line, Host, the headers the page set, empty line. */
function rebuiltHeadBytes(request: Request): number {
  const url = new URL(request.url);
  const headers: HttpHeader[] = [{ name: 'Host', value: url.host }];
  request.headers.forEach((value, name) => headers.push({ name, value }));
  return serializeRequest({ method: request.method, target: url.pathname + url.search, headers }).bytes.length;
}
