/**
 * One live session's event source: ticks at the rate the client chose, plus the
 * messages clients send over HTTP, numbered 1, 2, 3 … in one sequence, so that
 * poll, long poll, stream, SSE and WebSocket all see the same events. Keeps the
 * last few events for `since` / Last-Event-ID replay.
 */
import type { Clock, Timer } from './clock';

/** Where an event came from: the session's own ticker, or a client's POST /api/send. */
export type LiveEventKind = 'tick' | 'message';

/** One event of a session, as every endpoint reports it. */
export interface LiveEvent {
  /** 1, 2, 3 … within the session, with no gaps. */
  readonly id: number;
  readonly kind: LiveEventKind;
  /** "tick 7" for ticks; the message body for messages. */
  readonly data: string;
  /** Server clock (epoch ms) when the event was generated. */
  readonly generatedAt: number;
}

/** Buffered events after a cursor; `gap` says some were lost (evicted, or the cursor is from another session's lifetime). */
export interface Replay {
  readonly events: readonly LiveEvent[];
  readonly gap: boolean;
}

/** Called for every new event, synchronously, in id order. */
export type LiveListener = (event: LiveEvent) => void;

/** What a session needs: a clock, its first rate (events per second; 0 = no ticks) and the replay buffer size. */
export interface LiveSessionOptions {
  readonly clock: Clock;
  readonly rate: number;
  readonly bufferSize: number;
  /** Bytes of event data (UTF-8) the replay buffer may hold; the oldest go first, the newest always stays. 0 or absent: no byte limit. */
  readonly bufferBytes?: number;
}

const MS_PER_SECOND = 1000;

/** A session's event source. */
export class LiveSession {
  readonly id: string;
  private readonly clock: Clock;
  private readonly bufferSize: number;
  private readonly bufferBytes: number;
  /** UTF-8 bytes of the data of the buffered events. */
  private bufferedBytes = 0;
  private currentRate = 0;
  private nextId = 1;
  private ticks = 0;
  private buffer: LiveEvent[] = [];
  private readonly listeners = new Set<LiveListener>();
  private timer: Timer | undefined;
  private nextTickAt = 0;
  private stopped = false;
  /** Clock time of the last request that used this session. */
  lastUsed: number;

  constructor(id: string, options: LiveSessionOptions) {
    this.id = id;
    this.clock = options.clock;
    this.bufferSize = Math.max(1, options.bufferSize);
    this.bufferBytes = options.bufferBytes ?? 0;
    this.lastUsed = this.clock.now();
    this.setRate(options.rate);
  }

  /** Events per second of the ticker. */
  get rate(): number {
    return this.currentRate;
  }

  /** Id of the newest event, 0 before the first. */
  get lastId(): number {
    return this.nextId - 1;
  }

  /** Listeners attached now (held requests, streams, sockets). */
  get listenerCount(): number {
    return this.listeners.size;
  }

  /** Bytes of event data in the replay buffer now. */
  get bufferedDataBytes(): number {
    return this.bufferedBytes;
  }

  /** Marks the session as used now, so it is not reaped. */
  touch(): void {
    this.lastUsed = this.clock.now();
  }

  /** Changes the tick rate; the next tick comes one new interval from now. */
  setRate(rate: number): void {
    if (this.stopped || rate === this.currentRate) return;
    this.currentRate = rate;
    this.timer?.cancel();
    this.timer = undefined;
    if (rate > 0) {
      this.nextTickAt = this.clock.now() + MS_PER_SECOND / rate;
      this.schedule();
    }
  }

  /** Adds a message sent by a client to the sequence and returns it. */
  publish(data: string): LiveEvent {
    return this.emit('message', data);
  }

  /** Buffered events with an id greater than `since`. */
  replay(since: number): Replay {
    const last = this.lastId;
    if (since >= last) return { events: [], gap: since > last };
    const first = this.buffer.length > 0 ? this.buffer[0]!.id : this.nextId;
    const start = since + 1 - first;
    return start >= 0 ? { events: this.buffer.slice(start), gap: false } : { events: this.buffer.slice(), gap: true };
  }

  /** Calls `listener` for each new event until the returned function is called. */
  subscribe(listener: LiveListener): () => void {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  }

  /** Stops the ticker and forgets the listeners; the session produces nothing more. */
  stop(): void {
    this.stopped = true;
    this.timer?.cancel();
    this.timer = undefined;
    this.listeners.clear();
  }

  private schedule(): void {
    this.timer = this.clock.setTimer(() => this.tick(), Math.max(0, this.nextTickAt - this.clock.now()));
  }

  private tick(): void {
    this.timer = undefined;
    if (this.stopped || this.currentRate <= 0) return;
    const interval = MS_PER_SECOND / this.currentRate;
    const now = this.clock.now();
    this.nextTickAt += interval;
    // After a stall (a blocked event loop), carry on from now rather than firing a burst of late ticks.
    if (this.nextTickAt < now) this.nextTickAt = now + interval;
    // Scheduled before emitting, so a listener that changes the rate replaces this timer cleanly.
    this.schedule();
    this.ticks += 1;
    this.emit('tick', `tick ${this.ticks}`);
  }

  private emit(kind: LiveEventKind, data: string): LiveEvent {
    const event: LiveEvent = { id: this.nextId++, kind, data, generatedAt: this.clock.now() };
    this.buffer.push(event);
    this.bufferedBytes += utf8Bytes(data);
    while (this.buffer.length > this.bufferSize || (this.bufferBytes > 0 && this.bufferedBytes > this.bufferBytes && this.buffer.length > 1)) {
      this.bufferedBytes -= utf8Bytes(this.buffer.shift()!.data);
    }
    // A copy, so a listener that unsubscribes (a long poll answering) does not disturb the loop.
    for (const listener of [...this.listeners]) listener(event);
    return event;
  }
}

/** UTF-8 length of `text`, counted without encoding it (and without Node's Buffer: the live panel's mock runs this class in browsers). */
function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) { bytes += 1; continue; }
    // A surrogate pair is 2 code units and 4 bytes; any other unit from U+0800 up is 3 bytes (a lone surrogate too, as U+FFFD).
    const next = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) { bytes += 2; i++; continue; }
    bytes += 2;
  }
  return bytes;
}
