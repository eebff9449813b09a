/**
 * The discrete-event loop. Time is simulated milliseconds that only move when
 * the next queued event is taken; nothing here reads a wall clock.
 */
import { EventQueue } from './eventQueue';

/** Reacts to one simulation event at simulated time `now`; may schedule more. */
export type EventHandler<E> = (event: E, now: number) => void;

// A runaway scenario (a zero-delay loop) must fail loudly, not hang a browser tab.
const DEFAULT_MAX_EVENTS = 5_000_000;

/** A simulated clock plus the queue of things that will happen. */
export class Simulation<E> {
  private readonly queue = new EventQueue<E>();
  private clock = 0;

  /** Current simulated time (ms). */
  get now(): number {
    return this.clock;
  }

  /** Queues `event` at simulated time `at`; times in the past are clamped to now, so the clock never runs backwards. */
  schedule(at: number, event: E): void {
    this.queue.push(at < this.clock ? this.clock : at, event);
  }

  /** Runs events in (time, insertion) order until the queue is empty; throws after `maxEvents` to stop runaway loops. */
  run(handle: EventHandler<E>, maxEvents = DEFAULT_MAX_EVENTS): void {
    for (let handled = 0; this.queue.size > 0; handled++) {
      if (handled >= maxEvents) throw new Error(`simulation exceeded ${maxEvents} events`);
      const time = this.queue.peekTime();
      const event = this.queue.pop()!;
      this.clock = time;
      handle(event, time);
    }
  }

  /**
   * Like `run`, but also takes the items of `feed` (sorted by `timeOf`, none before now) as events of their
   * own: each one runs before every queued event at the same time, the order it would have had if all of
   * them were scheduled before the run began. They never enter the queue, so a long feed costs no heap
   * entries. Feed items count toward `maxEvents` as queued events do.
   */
  runWithFeed<F>(
    feed: readonly F[],
    timeOf: (item: F) => number,
    handleFeed: EventHandler<F>,
    handle: EventHandler<E>,
    maxEvents = DEFAULT_MAX_EVENTS,
  ): void {
    let next = 0;
    for (let handled = 0; next < feed.length || this.queue.size > 0; handled++) {
      if (handled >= maxEvents) throw new Error(`simulation exceeded ${maxEvents} events`);
      if (next < feed.length) {
        const item = feed[next]!;
        const at = timeOf(item);
        const feedTime = at < this.clock ? this.clock : at;
        if (feedTime <= this.queue.peekTime()) {
          next++;
          this.clock = feedTime;
          handleFeed(item, feedTime);
          continue;
        }
      }
      const time = this.queue.peekTime();
      const event = this.queue.pop()!;
      this.clock = time;
      handle(event, time);
    }
  }
}
