/** One SUBSCRIBE on one connection: its ack mode and the messages it still owes an ACK for. */
import type { AckMode } from '../../src/sim/index';
import type { BrokerMessage, Consumer } from './destinations';

/** What a subscription needs from its connection to deliver a message. */
export interface DeliverySink {
  /** Sends MESSAGE for `subscription`; returns the ack id, or undefined when the connection refuses (it has failed). */
  deliver(subscription: Subscription, message: BrokerMessage): boolean;
}

/** A subscription: a consumer for the router, with its unacknowledged messages in delivery order. */
export class Subscription implements Consumer {
  /** ack id → message, oldest first (client mode acknowledges cumulatively up to one of them). */
  readonly pending = new Map<string, BrokerMessage>();

  constructor(
    private readonly sink: DeliverySink,
    readonly id: string,
    readonly destination: string,
    readonly ack: AckMode,
  ) {}

  deliver(message: BrokerMessage): boolean {
    return this.sink.deliver(this, message);
  }

  /** Takes the messages an ACK or NACK of `ackId` settles: up to it in client mode, just it in client-individual. */
  settle(ackId: string): BrokerMessage[] {
    if (!this.pending.has(ackId)) return [];
    if (this.ack !== 'client') {
      const one = this.pending.get(ackId)!;
      this.pending.delete(ackId);
      return [one];
    }
    const settled: BrokerMessage[] = [];
    for (const [id, message] of this.pending) {
      settled.push(message);
      this.pending.delete(id);
      if (id === ackId) break;
    }
    return settled;
  }

  /** Empties the pending list (the subscription ends): what a queue must redeliver. */
  release(): BrokerMessage[] {
    const all = [...this.pending.values()];
    this.pending.clear();
    return all;
  }
}
