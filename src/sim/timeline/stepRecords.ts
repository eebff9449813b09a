/**
 * The step objects a timeline's `steps` holds. Each is one small class instance
 * whose `caption` is a getter on the prototype, derived from the step's own
 * fields: one object per step instead of three (step, caption, values). `kind`
 * is a getter returning each class's constant (a getter, not prototype data:
 * `timelineToJson` copies getters), and a step keeps no number it can read
 * elsewhere: a transfer's steps (send, arrive, lost) keep only the transfer, an
 * event's steps the builder's event columns and a row, a hold step its hold (a
 * fractional time kept in a field is a boxed number of its own). The builder
 * records most steps as rows (`stepLog.ts`) and makes these objects when the
 * steps are first read. Consumers read steps as the plain `Step` union; a spread
 * or structuredClone copy has only the own fields (`plainStep` reads them all).
 */
import type { Caption, CaptionKey, ConnectionState, Hold, Step, TimerName, Transfer, WsCloseReport } from './types';

/** The builder's app events as columns, one row per event in recording order: what the event steps read. */
export interface EventColumns {
  readonly ids: readonly number[];
  readonly generatedAt: readonly number[];
}

type StepOf<K extends Step['kind']> = Extract<Step, { kind: K }>;

// Captions show durations to a tenth of a millisecond; steps and metrics keep full precision.
const CAPTION_DECIMALS = 10;
const toTenths = (ms: number): number => Math.round(ms * CAPTION_DECIMALS) / CAPTION_DECIMALS;

/** `actor` puts `transfer` on the wire. */
export class SendStep implements StepOf<'send'> {
  get kind(): 'send' {
    return 'send';
  }
  readonly #transfer: Transfer;
  constructor(transfer: Transfer) {
    this.#transfer = transfer;
  }
  /** The transfer's `sentAt`. */
  get time(): number {
    return this.#transfer.sentAt;
  }
  /** The transfer's `from`. */
  get actor(): string {
    return this.#transfer.from;
  }
  get transferId(): number {
    return this.#transfer.id;
  }
  /** "{from} sends {summary} — {bytes} bytes". */
  get caption(): Caption {
    const t = this.#transfer;
    return { key: 'step.send', values: { from: t.from, to: t.to, summary: t.summary, bytes: t.headerBytes + t.payloadBytes } };
  }
}

/** The last bit of `transfer` reaches `actor`. */
export class ArriveStep implements StepOf<'arrive'> {
  get kind(): 'arrive' {
    return 'arrive';
  }
  readonly #transfer: Transfer;
  constructor(transfer: Transfer) {
    this.#transfer = transfer;
  }
  /** The transfer's `arrivedAt`. */
  get time(): number {
    return this.#transfer.arrivedAt;
  }
  /** The transfer's `to`. */
  get actor(): string {
    return this.#transfer.to;
  }
  get transferId(): number {
    return this.#transfer.id;
  }
  /** "{summary} reaches the {to} — {bytes} bytes". */
  get caption(): Caption {
    const t = this.#transfer;
    return { key: 'step.arrive', values: { to: t.to, summary: t.summary, bytes: t.headerBytes + t.payloadBytes } };
  }
}

/** The server starts holding a request (or a streamed response) open. */
export class HoldStep implements StepOf<'hold'> {
  get kind(): 'hold' {
    return 'hold';
  }
  readonly #hold: Hold;
  readonly #summary: string;
  constructor(hold: Hold, readonly holdIndex: number, summary: string) {
    this.#hold = hold;
    this.#summary = summary;
  }
  /** When the hold starts. */
  get time(): number {
    return this.#hold.from;
  }
  get actor(): string {
    return this.#hold.actor;
  }
  /** "The {actor} holds {summary} open". */
  get caption(): Caption {
    return { key: 'step.hold', values: { actor: this.actor, summary: this.#summary } };
  }
}

/** A timer fires after `ms`. */
export class TimerStep implements StepOf<'timer'> {
  get kind(): 'timer' {
    return 'timer';
  }
  readonly #ms: number;
  constructor(readonly time: number, readonly actor: string, readonly timer: TimerName, ms: number) {
    this.#ms = ms;
  }
  /** "The {actor}'s {timer} timer fires after {ms} ms". */
  get caption(): Caption {
    return { key: 'step.timer', values: { actor: this.actor, timer: this.timer, ms: toTenths(this.#ms) } };
  }
}

const STATE_CAPTIONS: Readonly<Record<ConnectionState, CaptionKey>> = {
  open: 'step.connectionOpen',
  secured: 'step.tlsReady',
  upgraded: 'step.wsOpen',
  closed: 'step.connectionClose',
  reset: 'step.tcpReset',
};

/** A connection opens or closes. */
export class StateStep implements StepOf<'state'> {
  get kind(): 'state' {
    return 'state';
  }
  constructor(readonly time: number, readonly actor: string, readonly state: ConnectionState, readonly connection: number) {}
  /** "The {actor} opens TCP connection #{connection}", "… closes", "… is reset", "TLS is up", "WebSocket open". */
  get caption(): Caption {
    return { key: STATE_CAPTIONS[this.state], values: { actor: this.actor, connection: this.connection } };
  }
}

/** The server's application produces event `eventId`. */
export class AppEventStep implements StepOf<'app-event'> {
  get kind(): 'app-event' {
    return 'app-event';
  }
  readonly #events: EventColumns;
  readonly #row: number;
  constructor(readonly actor: string, events: EventColumns, row: number) {
    this.#events = events;
    this.#row = row;
  }
  /** When the event was generated. */
  get time(): number {
    return this.#events.generatedAt[this.#row]!;
  }
  get eventId(): number {
    return this.#events.ids[this.#row]!;
  }
  /** "Event #{id} happens on the server", counted from 1 for readers (`eventId` counts from 0). */
  get caption(): Caption {
    return { key: 'step.appEvent', values: { id: this.eventId + 1 } };
  }
}

/** The client has event `eventId`, `latency` ms after it happened: when `transfer`, which carries it, arrives. */
export class DeliverStep implements StepOf<'deliver'> {
  get kind(): 'deliver' {
    return 'deliver';
  }
  readonly #transfer: Transfer;
  readonly #events: EventColumns;
  readonly #row: number;
  constructor(transfer: Transfer, events: EventColumns, row: number) {
    this.#transfer = transfer;
    this.#events = events;
    this.#row = row;
  }
  /** The transfer's `arrivedAt`. */
  get time(): number {
    return this.#transfer.arrivedAt;
  }
  /** The transfer's `to`. */
  get actor(): string {
    return this.#transfer.to;
  }
  get eventId(): number {
    return this.#events.ids[this.#row]!;
  }
  /** Arrival minus generation time. */
  get latency(): number {
    return this.#transfer.arrivedAt - this.#events.generatedAt[this.#row]!;
  }
  /** "The client has event #{id} — {latency} ms after it happened", counted from 1 like the app-event caption. */
  get caption(): Caption {
    return { key: 'step.deliver', values: { id: this.eventId + 1, latency: toTenths(this.latency) } };
  }
}

/** The network drops `transfer` on its way: it never arrives. */
export class LostStep implements StepOf<'lost'> {
  get kind(): 'lost' {
    return 'lost';
  }
  readonly #transfer: Transfer;
  constructor(transfer: Transfer) {
    this.#transfer = transfer;
  }
  /** The transfer's `arrivedAt`. */
  get time(): number {
    return this.#transfer.arrivedAt;
  }
  /** The transfer's `from`. */
  get actor(): string {
    return this.#transfer.from;
  }
  get transferId(): number {
    return this.#transfer.id;
  }
  /** "{summary} from {from} is lost on the way". */
  get caption(): Caption {
    const t = this.#transfer;
    return { key: 'step.lost', values: { from: t.from, to: t.to, summary: t.summary, bytes: t.headerBytes + t.payloadBytes } };
  }
}

/** An endpoint's WebSocket reports that the connection ended (the page's close event). */
export class WsCloseStep implements StepOf<'ws-close'> {
  get kind(): 'ws-close' {
    return 'ws-close';
  }
  constructor(readonly time: number, readonly actor: string, readonly close: WsCloseReport) {}
  /** "{actor}: close event, code {code}, wasClean {wasClean} ({cause})". */
  get caption(): Caption {
    const c = this.close;
    return { key: 'step.wsClose', values: { actor: this.actor, code: c.code, reason: c.reason, wasClean: String(c.wasClean), cause: c.cause } };
  }
}
