/**
 * A passive byte counter on one HTTP connection: it sees the socket's bytes
 * before Node's HTTP parser does, finds where each request head starts and ends,
 * and queues each head's size so the request handler can report exactly how many
 * header bytes it received. It also times each head (and a Content-Length body):
 * a request that does not finish arriving within `timeoutMs` gets its connection dropped.
 *
 * What counts as a request head: from the first byte of the request line up to
 * and including the empty line that ends the header section (RFC 9112 §2.1).
 * Empty lines before a request line (§2.2 lets a server skip them) are not
 * counted, nor is the body. A body sent with Transfer-Encoding cannot be
 * skipped without decoding it, so the meter stops there, as it does after an
 * upgrade; later requests on that connection are then measured from their parsed headers.
 */
import type { Clock, Timer } from './clock';

const CR = 0x0d;
const LF = 0x0a;
// Node refuses heads over 16 KiB by default (431); keeping a bit more is enough to read the framing headers.
const MAX_KEPT_HEAD = 64 * 1024;

const BETWEEN = 0;
const IN_HEAD = 1;
const IN_BODY = 2;
const STOPPED = 3;

/** What a meter needs: the time allowed per request, a clock, and what to do when it runs out. */
export interface HeadMeterOptions {
  readonly timeoutMs: number;
  readonly clock: Clock;
  readonly onTimeout: () => void;
}

/** Counts request-head bytes on one connection, in request order. */
export class HeadMeter {
  private readonly options: HeadMeterOptions;
  private state = BETWEEN;
  private readonly sizes: number[] = [];
  private headBytes = 0;
  private lineLength = 0;
  private kept: Buffer[] = [];
  private keptBytes = 0;
  private bodyLeft = 0;
  private timer: Timer | undefined;

  constructor(options: HeadMeterOptions) {
    this.options = options;
    // A connection that never sends a complete request is dropped too.
    this.arm();
  }

  /** True once the meter has stopped following the byte stream. */
  get stopped(): boolean {
    return this.state === STOPPED;
  }

  /** True while a request head has begun arriving but not ended: there is no request to answer yet. */
  get inHead(): boolean {
    return this.state === IN_HEAD;
  }

  /** The size of the oldest request head not yet taken, if it was measured. */
  take(): number | undefined {
    return this.sizes.shift();
  }

  /** Stops measuring and timing (after an upgrade, or when the connection closes). */
  stop(): void {
    this.state = STOPPED;
    this.kept = [];
    this.disarm();
  }

  /** Feeds the next bytes read from the socket. */
  push(chunk: Buffer): void {
    let i = 0;
    const n = chunk.length;
    while (i < n && this.state !== STOPPED) {
      if (this.state === IN_BODY) {
        const skip = Math.min(this.bodyLeft, n - i);
        this.bodyLeft -= skip;
        i += skip;
        if (this.bodyLeft === 0) this.finishMessage();
        continue;
      }
      if (this.state === BETWEEN) {
        const b = chunk[i]!;
        if (b === CR || b === LF) { i++; continue; }
        this.state = IN_HEAD;
        this.headBytes = 0;
        this.lineLength = 0;
        this.arm();
      }
      const start = i;
      let ended = false;
      for (; i < n; i++) {
        const b = chunk[i]!;
        if (b === LF) {
          if (this.lineLength === 0) { i++; ended = true; break; }
          this.lineLength = 0;
        } else if (b !== CR) {
          this.lineLength++;
        }
      }
      this.headBytes += i - start;
      this.keep(chunk.subarray(start, i));
      if (ended) this.endHead();
    }
  }

  private keep(part: Buffer): void {
    if (this.keptBytes >= MAX_KEPT_HEAD) return;
    this.kept.push(part);
    this.keptBytes += part.length;
  }

  private endHead(): void {
    this.sizes.push(this.headBytes);
    const head = Buffer.concat(this.kept).toString('latin1');
    this.kept = [];
    this.keptBytes = 0;
    const framing = /^(?:transfer-encoding|upgrade)[ \t]*:/im.test(head) || /^connect /i.test(head);
    if (framing) { this.stop(); return; }
    const length = /^content-length[ \t]*:[ \t]*(\d{1,15})[ \t]*\r?$/im.exec(head);
    this.bodyLeft = length ? Number(length[1]) : 0;
    if (this.bodyLeft > 0) this.state = IN_BODY;
    else this.finishMessage();
  }

  private finishMessage(): void {
    this.state = BETWEEN;
    this.disarm();
  }

  private arm(): void {
    this.disarm();
    this.timer = this.options.clock.setTimer(() => {
      this.timer = undefined;
      this.options.onTimeout();
    }, this.options.timeoutMs);
  }

  private disarm(): void {
    this.timer?.cancel();
    this.timer = undefined;
  }
}
