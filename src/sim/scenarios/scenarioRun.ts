/**
 * What every HTTP scenario run shares: the two actors, the event source, the
 * network, the timeline builder and the message factory, plus the few
 * operations that touch all of them at once (send on a connection, open and
 * close connections).
 */
import { createPrng } from '../engine/createPrng';
import { deriveSeed } from '../engine/deriveSeed';
import { generateEvents, type GeneratedEvent } from '../events/generateEvents';
import { Network } from '../network/network';
import { TimelineBuilder } from '../timeline/timelineBuilder';
import type { Actor, ScenarioName, Transfer, TransferKind } from '../timeline/types';
import { HttpMessages, type LabelledMessage } from './httpMessages';
import type { CommonParams } from './scenarioParams';

/** Lifeline ids. */
export const CLIENT = 'client';
export const SERVER = 'server';
const MIN_PAYLOAD_BYTES = 1;
const ACTORS: readonly Actor[] = Object.freeze([{ id: CLIENT, role: 'client' }, { id: SERVER, role: 'server' }]);

/** Extra facts about a transfer that only the scenario knows. */
export interface SendOptions {
  readonly carries?: readonly number[];
  readonly answersEventRequest?: boolean;
}

/** The shared machinery of one scenario run. */
export class ScenarioRun {
  readonly builder: TimelineBuilder;
  readonly network: Network;
  readonly events: readonly GeneratedEvent[];
  readonly messages: HttpMessages;

  constructor(name: ScenarioName, params: CommonParams) {
    this.builder = new TimelineBuilder(name, ACTORS);
    this.network = new Network(params.network, createPrng(deriveSeed(params.seed, 'network')));
    // At least one byte per event: an empty chunk would end a chunked body (RFC 9112 §7.1).
    const payloadBytes = Math.max(MIN_PAYLOAD_BYTES, params.payloadBytes);
    this.events = generateEvents(params.events, params.durationMs, payloadBytes, params.seed);
    this.messages = new HttpMessages(params.headerSet, params.responseHeaders);
  }

  /** Sends `labelled` at `now` on `connection` (client → server when `from` is the client) and records it. */
  send(kind: TransferKind, from: string, connection: number, labelled: LabelledMessage, now: number, options?: SendOptions): Transfer {
    return this.sendWith(kind, from, connection, labelled, now, options?.carries, options?.answersEventRequest === true);
  }

  /** `send` with the options as arguments: no options object per transfer. */
  sendWith(
    kind: TransferKind, from: string, connection: number, labelled: LabelledMessage, now: number,
    carries: readonly number[] | undefined, answersEventRequest: boolean,
  ): Transfer {
    const toServer = from === CLIENT;
    const message = labelled.message;
    const arrivedAt = this.network.transmit(connection, toServer ? 'up' : 'down', now, message.headerBytes + message.payloadBytes);
    return this.builder.sendParts(
      kind, from, toServer ? SERVER : CLIENT, connection, now, arrivedAt, message, labelled.summary, carries, answersEventRequest,
    );
  }

  /** The client opens `connection` at `now`; returns when the first request can leave (after any set-up round trips). */
  open(connection: number, now: number): number {
    this.builder.connection(CLIENT, connection, 'open', now);
    return now + this.network.setupDelayMs();
  }

  /** The client closes `connection` at `now`. */
  close(connection: number, now: number): void {
    this.builder.connection(CLIENT, connection, 'closed', now);
  }
}
