/**
 * The broker's routing (in memory): a `/topic/...` destination gives each
 * message to every subscriber; a `/queue/...` destination gives it to one
 * consumer, round robin, and keeps it (bounded) while nobody consumes.
 */
import type { StompHeader } from '../../src/sim/index';

/** A message as the broker holds it: the SEND's application headers and body, and the id the broker gave it. */
export interface BrokerMessage {
  readonly id: string;
  readonly destination: string;
  readonly headers: readonly StompHeader[];
  readonly body: Uint8Array;
}

/** One subscription, as the router sees it. */
export interface Consumer {
  /** Takes the message (true), or refuses it because the consumer has just failed (a slow consumer): try another. */
  deliver(message: BrokerMessage): boolean;
}

/** What kind of destination a name is; undefined for one this broker does not route. */
export function destinationKind(destination: string): 'topic' | 'queue' | undefined {
  if (/^\/topic\/[^\s]+$/.test(destination)) return 'topic';
  if (/^\/queue\/[^\s]+$/.test(destination)) return 'queue';
  return undefined;
}

interface Queue {
  consumers: Consumer[];
  next: number;
  readonly waiting: BrokerMessage[];
}

/** Topics and queues, and the messages queues hold for later consumers. */
export class Destinations {
  private readonly topics = new Map<string, Set<Consumer>>();
  private readonly queues = new Map<string, Queue>();
  private readonly maxQueued: number;
  private count = 0;

  constructor(maxQueued: number) {
    this.maxQueued = maxQueued;
  }

  /** A fresh message id. */
  nextId(): string {
    return `m-${++this.count}`;
  }

  subscribe(destination: string, consumer: Consumer): void {
    if (destinationKind(destination) === 'topic') {
      let set = this.topics.get(destination);
      if (!set) this.topics.set(destination, (set = new Set()));
      set.add(consumer);
      return;
    }
    const queue = this.queue(destination);
    queue.consumers.push(consumer);
    this.drain(queue);
  }

  unsubscribe(destination: string, consumer: Consumer): void {
    const set = this.topics.get(destination);
    if (set) {
      set.delete(consumer);
      if (set.size === 0) this.topics.delete(destination);
    }
    const queue = this.queues.get(destination);
    if (queue) {
      const at = queue.consumers.indexOf(consumer);
      if (at >= 0) {
        queue.consumers.splice(at, 1);
        if (queue.next > at) queue.next--;
      }
      if (queue.consumers.length === 0 && queue.waiting.length === 0) this.queues.delete(destination);
    }
  }

  /** Routes a message; false when its queue already holds `maxQueued` messages nobody consumes. */
  publish(message: BrokerMessage): boolean {
    if (destinationKind(message.destination) === 'topic') {
      // A copy: a consumer that fails while taking the message leaves the set.
      for (const consumer of [...(this.topics.get(message.destination) ?? [])]) consumer.deliver(message);
      return true;
    }
    const queue = this.queue(message.destination);
    if (this.offer(queue, message)) return true;
    if (queue.waiting.length >= this.maxQueued) return false;
    queue.waiting.push(message);
    return true;
  }

  /** Puts unacknowledged queue messages back in front, in order (a NACK, or their consumer went away), and redelivers them. */
  requeue(messages: readonly BrokerMessage[]): void {
    const byQueue = new Map<string, BrokerMessage[]>();
    for (const m of messages) {
      if (destinationKind(m.destination) !== 'queue') continue;
      const list = byQueue.get(m.destination) ?? [];
      list.push(m);
      byQueue.set(m.destination, list);
    }
    for (const [name, list] of byQueue) {
      const queue = this.queue(name);
      // Requeued messages were accepted once: they may exceed maxQueued rather than be lost.
      queue.waiting.unshift(...list);
      this.drain(queue);
    }
  }

  /** Messages held for queues with no consumer (for tests and stats). */
  get queued(): number {
    let n = 0;
    for (const q of this.queues.values()) n += q.waiting.length;
    return n;
  }

  private queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) this.queues.set(name, (queue = { consumers: [], next: 0, waiting: [] }));
    return queue;
  }

  /** Gives the message to the next consumer in turn that takes it. */
  private offer(queue: Queue, message: BrokerMessage): boolean {
    for (let tries = queue.consumers.length; tries > 0 && queue.consumers.length > 0; tries--) {
      if (queue.next >= queue.consumers.length) queue.next = 0;
      const consumer = queue.consumers[queue.next]!;
      queue.next++;
      if (consumer.deliver(message)) return true;
    }
    return false;
  }

  private drain(queue: Queue): void {
    while (queue.waiting.length > 0 && queue.consumers.length > 0) {
      const message = queue.waiting.shift()!;
      if (!this.offer(queue, message)) { queue.waiting.unshift(message); return; }
    }
  }
}
