/**
 * HTTP streaming. One GET /stream on connection 1; the server sends the
 * response head once (Transfer-Encoding: chunked, RFC 9112 §7.1), then one
 * chunk per event as it happens — a plain JSON chunk, or in SSE mode one
 * `id:`/`data:` event block per chunk (WHATWG HTML §9.2.6) — and ends the body
 * with the zero-size last chunk after the window's last event (or at the end of
 * the window when there are none). Events that happen before the stream is
 * open are sent right after the head. The response only flows server → client,
 * so each client message is its own POST /send on connection 2, answered 204.
 *
 *   client                    server
 *     |---- GET /stream -------->|
 *     |<--- 200, chunked --------|  head, then hold the response open
 *     |<--- chunk (event 0) -----|
 *     |==== POST /send =========>|  (connection 2)
 *     |<=== 204 =================|
 *     |<--- 0 (last chunk) ------|
 */
import type { GeneratedEvent } from '../events/generateEvents';
import type { Timeline, Transfer } from '../timeline/types';
import { eventPayload } from '../events/eventPayload';
import { Simulation } from '../engine/simulation';
import { singleId } from './carriedIds';
import { CLIENT, SERVER, ScenarioRun } from './scenarioRun';
import type { StreamingParams } from './scenarioParams';

/** App events and arriving transfers are queued as themselves (no wrapper object per event). */
type StreamingEvent =
  | GeneratedEvent
  | Transfer // arrives at its `to` at `arrivedAt`
  | { readonly kind: 'end-stream' }
  | { readonly kind: 'open-stream' }
  | { readonly kind: 'client-message'; readonly index: number }
  | { readonly kind: 'post-ready' };

const STREAM_CONNECTION = 1;
const POST_CONNECTION = 2;
const STREAM_TARGET = '/stream';
const SEND_TARGET = '/send';

/** Runs the streaming scenario (chunked or SSE). */
export function runStreaming(params: StreamingParams): Timeline {
  const run = new ScenarioRun('streaming', params);
  const { builder, events, messages } = run;
  const { mode } = params;
  const sim = new Simulation<StreamingEvent>();
  const streamRequest = messages.get(STREAM_TARGET, mode === 'sse');
  const clientMessages = params.clientMessages.filter((t) => t >= 0 && t <= params.durationMs).sort((a, b) => a - b);

  // Server side of the stream.
  const backlog: GeneratedEvent[] = [];
  let streamOpen = false;
  let streamEnded = false;
  let endRequested = false;
  let hold = -1;
  let lastChunkId = -1;
  // Client side of connection 2: HTTP/1.1 carries one request at a time, so messages queue.
  const outbox: number[] = [];
  let postConnection: 'closed' | 'opening' | 'idle' | 'busy' = 'closed';
  let postsAnswered = 0;

  // Indexed: a for…of run once over every event is not optimized yet and would allocate an iterator result each.
  for (let i = 0; i < events.length; i++) sim.schedule(events[i]!.time, events[i]!);
  // After the last event's own app-event entry, so its chunk goes out first.
  sim.schedule(events.length > 0 ? events[events.length - 1]!.time : params.durationMs, { kind: 'end-stream' });
  clientMessages.forEach((time, index) => sim.schedule(time, { kind: 'client-message', index }));
  sim.schedule(run.open(STREAM_CONNECTION, 0), { kind: 'open-stream' });

  const send = (transfer: Transfer): void => sim.schedule(transfer.arrivedAt, transfer);

  const sendChunk = (event: GeneratedEvent, now: number): void => {
    send(run.send(mode === 'sse' ? 'sse-event' : 'http-chunk', SERVER, STREAM_CONNECTION, messages.eventChunk(mode, event), now, { carries: singleId(event.id) }));
  };

  const endStream = (now: number): void => {
    streamEnded = true;
    builder.endHold(hold, now, 'end');
    const lastChunk = run.send('http-chunk', SERVER, STREAM_CONNECTION, messages.lastChunk(), now);
    lastChunkId = lastChunk.id;
    send(lastChunk);
  };

  const streamRequested = (transfer: Transfer, now: number): void => {
    send(run.send('http-response-head', SERVER, STREAM_CONNECTION, messages.streamHead(mode), now));
    hold = builder.startHold(SERVER, STREAM_CONNECTION, transfer.id, now, transfer.summary);
    streamOpen = true;
    for (const event of backlog) sendChunk(event, now);
    backlog.length = 0;
    if (endRequested) endStream(now);
  };

  const postNext = (now: number): void => {
    const index = outbox.shift();
    if (index === undefined) return;
    postConnection = 'busy';
    send(run.send('http-request', CLIENT, POST_CONNECTION, messages.post(SEND_TARGET, eventPayload(index, params.payloadBytes)), now));
  };

  const postAnswered = (now: number): void => {
    postsAnswered++;
    postConnection = 'idle';
    if (outbox.length > 0) postNext(now);
    else if (postsAnswered === clientMessages.length) {
      postConnection = 'closed';
      run.close(POST_CONNECTION, now);
    }
  };

  sim.run((e, now) => {
    switch (e.kind) {
      case 'app-event':
        builder.appEvent(SERVER, e.id, now, e.payload);
        if (streamOpen) sendChunk(e, now);
        else backlog.push(e);
        return;
      case 'end-stream':
        endRequested = true;
        if (streamOpen && !streamEnded) endStream(now);
        return;
      case 'open-stream':
        send(run.send('http-request', CLIENT, STREAM_CONNECTION, streamRequest, now));
        return;
      case 'client-message':
        builder.timer(CLIENT, 'send-message', now, clientMessages[e.index]!);
        outbox.push(e.index);
        if (postConnection === 'closed') {
          postConnection = 'opening';
          sim.schedule(run.open(POST_CONNECTION, now), { kind: 'post-ready' });
        } else if (postConnection === 'idle') postNext(now);
        return;
      case 'post-ready':
        postNext(now);
        return;
      default: {
        const transfer = e;
        builder.arrive(transfer);
        if (transfer.connection === POST_CONNECTION) {
          if (transfer.to === SERVER) send(run.send('http-response', SERVER, POST_CONNECTION, messages.noContent(), now));
          else postAnswered(now);
        } else if (transfer.to === SERVER) streamRequested(transfer, now);
        else if (transfer.id === lastChunkId) run.close(STREAM_CONNECTION, now);
        return;
      }
    }
  });
  return builder.build();
}
