/**
 * A held response that carries the session's events as they happen: the
 * chunked stream and SSE differ only in how records are written (`StreamFormat`).
 * It starts with a hello, replays the buffered events after `since`, then
 * writes each new event; it ends at LIVE_STREAM_MAX_MS, on shutdown, or when
 * the client stops reading (LIVE_MAX_BUFFERED_BYTES unsent: dropped, since an
 * end record could not get through either).
 */
import { sendError } from './httpReply';
import { serverTiming, type LiveDeps, type LiveRequest } from './liveContext';
import type { ServerTiming, StreamEndReason } from './liveMessages';
import type { LiveEvent } from './liveSession';

/** What the first record of a stream says. */
export interface StreamHello extends ServerTiming {
  readonly session: string;
  readonly rate: number;
  readonly lastId: number;
  readonly gap: boolean;
}

/** How one kind of stream writes its records. */
export interface StreamFormat {
  readonly contentType: string;
  hello(hello: StreamHello): Uint8Array | string;
  event(event: LiveEvent, writtenAt: number): Uint8Array | string;
  end(reason: StreamEndReason, writtenAt: number): Uint8Array | string;
}

/** Opens a stream of the session's events after `since` (absent: from now) in `format`. */
export function eventStream(deps: LiveDeps, request: LiveRequest, format: StreamFormat, since: number | undefined): void {
  const { session, res } = request;
  const { clock, config } = deps;
  let done = false;
  const end = (reason: StreamEndReason | 'gone'): void => {
    if (done) return;
    done = true;
    timer.cancel();
    unsubscribe();
    slot.release();
    if (reason === 'gone') return;
    if (reason === 'slow-consumer') res.destroy();
    else res.end(format.end(reason, clock.now()));
  };
  const write = (record: Uint8Array | string): void => {
    if (done) return;
    if (res.writableLength > config.maxBufferedBytes) return end('slow-consumer');
    res.write(record);
  };

  const taken = deps.held.hold(request.address, (reason) => end(reason));
  if (typeof taken === 'string') {
    sendError(res, 503, taken === 'total' ? 'tooManyHeld' : 'tooManyHeldFromAddress', 'Too many requests are being held open; try again shortly.', { ...request.headers, 'Retry-After': '5' });
    return;
  }
  const slot = taken;
  // No Content-Length: Node sends Transfer-Encoding: chunked, one chunk per write.
  res.writeHead(200, { ...request.headers, 'Content-Type': format.contentType, 'X-Accel-Buffering': 'no' });
  const replay = session.replay(since ?? session.lastId);
  write(format.hello({ session: session.id, rate: session.rate, lastId: session.lastId, gap: replay.gap, ...serverTiming(request, clock) }));
  for (const event of replay.events) write(format.event(event, clock.now()));
  const unsubscribe = session.subscribe((event) => write(format.event(event, clock.now())));
  const timer = clock.setTimer(() => end('max-duration'), config.streamMaxMs);
  res.on('close', () => end('gone'));
}
