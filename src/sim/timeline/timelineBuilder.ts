/**
 * How a scenario records what happens. Scenarios call the builder from inside
 * the event loop, so steps arrive in time order and are appended as they come
 * (the builder refuses one that goes back in time); `build()` then freezes the
 * lists and derives the metrics.
 */
import { computeMetrics } from './computeMetrics';
import type {
  Actor, AppEvent, Caption, ConnectionState, Field, Hold, ScenarioName, Step, TimerName, Timeline, Transfer, TransferKind,
} from './types';

/** Encoded bytes plus their annotation; the HTTP codec's `EncodedMessage` fits this shape. */
export interface WireMessage {
  readonly bytes: Uint8Array;
  readonly fields: readonly Field[];
  readonly headerBytes: number;
  readonly payloadBytes: number;
}

/** Everything about a transfer that the scenario decides. */
export interface TransferInput {
  readonly kind: TransferKind;
  readonly from: string;
  readonly to: string;
  readonly connection: number;
  readonly sentAt: number;
  readonly arrivedAt: number;
  readonly message: WireMessage;
  readonly summary: string;
  /** App event ids carried to the client. */
  readonly carries?: readonly number[];
  /** True for a response to an event-fetching request (a poll): counted as empty if it carries nothing. */
  readonly answersEventRequest?: boolean;
}

// Captions show latencies to a tenth of a millisecond; metrics keep full precision.
const CAPTION_DECIMALS = 10;
const NO_EVENTS: readonly number[] = Object.freeze([]);

type MutableEvent = { id: number; generatedAt: number; deliveredAt?: number; payload: string };
type MutableHold = { actor: string; connection: number; requestId: number; from: number; until: number; reason: Hold['reason'] };

/** Records steps, transfers, holds and events, then produces a `Timeline`. */
export class TimelineBuilder {
  private readonly steps: Step[] = [];
  private readonly transfers: Transfer[] = [];
  private readonly holds: MutableHold[] = [];
  private readonly events: MutableEvent[] = [];
  private readonly eventById = new Map<number, MutableEvent>();
  private readonly eventResponseIds: number[] = [];
  private lastTime = 0;

  constructor(
    private readonly scenario: ScenarioName,
    private readonly actors: readonly Actor[],
  ) {}

  /** Records a transfer and its 'send' step; the scenario must call `arrive` when it lands. */
  send(input: TransferInput): Transfer {
    const { message } = input;
    const transfer: Transfer = {
      id: this.transfers.length,
      kind: input.kind,
      from: input.from,
      to: input.to,
      connection: input.connection,
      sentAt: input.sentAt,
      arrivedAt: input.arrivedAt,
      bytes: message.bytes,
      fields: message.fields,
      headerBytes: message.headerBytes,
      payloadBytes: message.payloadBytes,
      summary: input.summary,
      carries: input.carries && input.carries.length > 0 ? input.carries : NO_EVENTS,
    };
    this.transfers.push(transfer);
    if (input.answersEventRequest) this.eventResponseIds.push(transfer.id);
    const bytes = message.bytes.length;
    this.push({
      kind: 'send', time: input.sentAt, actor: input.from, transferId: transfer.id,
      caption: { key: 'step.send', values: { from: input.from, to: input.to, summary: input.summary, bytes } },
    });
    return transfer;
  }

  /** Records the 'arrive' step of a transfer, then a 'deliver' step for each event it carries. */
  arrive(transfer: Transfer): void {
    const time = transfer.arrivedAt;
    this.push({
      kind: 'arrive', time, actor: transfer.to, transferId: transfer.id,
      caption: { key: 'step.arrive', values: { to: transfer.to, summary: transfer.summary, bytes: transfer.bytes.length } },
    });
    for (const id of transfer.carries) {
      const event = this.eventById.get(id);
      if (!event || event.deliveredAt !== undefined) continue;
      event.deliveredAt = time;
      const latency = time - event.generatedAt;
      this.push({
        kind: 'deliver', time, actor: transfer.to, eventId: id, latency,
        caption: { key: 'step.deliver', values: { id, latency: Math.round(latency * CAPTION_DECIMALS) / CAPTION_DECIMALS } },
      });
    }
  }

  /** Records an application event generated at `time` on `actor`. */
  appEvent(actor: string, id: number, time: number, payload: string): void {
    const event: MutableEvent = { id, generatedAt: time, payload };
    this.events.push(event);
    this.eventById.set(id, event);
    this.push({ kind: 'app-event', time, actor, eventId: id, caption: { key: 'step.appEvent', values: { id } } });
  }

  /** Starts a hold of request `requestId` (the held message's `summary` goes in the caption); returns its index for `endHold`. */
  startHold(actor: string, connection: number, requestId: number, time: number, summary: string): number {
    const holdIndex = this.holds.length;
    this.holds.push({ actor, connection, requestId, from: time, until: Infinity, reason: 'end' });
    this.push({ kind: 'hold', time, actor, holdIndex, caption: { key: 'step.hold', values: { actor, summary } } });
    return holdIndex;
  }

  /** Ends hold `holdIndex` at `time` for `reason`. */
  endHold(holdIndex: number, time: number, reason: Hold['reason']): void {
    const hold = this.holds[holdIndex]!;
    hold.until = time;
    hold.reason = reason;
  }

  /** Records a timer firing on `actor` after `ms`. */
  timer(actor: string, timer: TimerName, time: number, ms: number): void {
    this.push({ kind: 'timer', time, actor, timer, caption: { key: 'step.timer', values: { actor, timer, ms } } });
  }

  /** Records a connection opening or closing. */
  connection(actor: string, connection: number, state: ConnectionState, time: number): void {
    const key: Caption['key'] = state === 'open' ? 'step.connectionOpen' : 'step.connectionClose';
    this.push({ kind: 'state', time, actor, state, connection, caption: { key, values: { actor, connection } } });
  }

  /** Freezes what was recorded into a `Timeline`; holds still open end at the last step. */
  build(): Timeline {
    const duration = this.steps.length > 0 ? this.steps[this.steps.length - 1]!.time : 0;
    for (const hold of this.holds) if (hold.until === Infinity) hold.until = duration;
    const events: AppEvent[] = this.events;
    const transfers = this.transfers;
    const steps = this.steps;
    const metrics = computeMetrics({ actors: this.actors, steps, transfers, events, eventResponseIds: this.eventResponseIds });
    return { scenario: this.scenario, actors: this.actors, steps, transfers, holds: this.holds, events, metrics, duration };
  }

  private push(step: Step): void {
    if (step.time < this.lastTime) {
      throw new Error(`step ${step.kind} at ${step.time} ms comes before the previous step at ${this.lastTime} ms`);
    }
    this.lastTime = step.time;
    this.steps.push(step);
  }
}
