/**
 * How a scenario records what happens. Scenarios call the builder from inside
 * the event loop, so steps arrive in time order and are appended as they come
 * (the builder refuses one that goes back in time); `build()` then freezes the
 * lists and derives the metrics.
 */
import { computeMetrics } from './computeMetrics';
import { LostTransfer, RecordedTransfer, TransferStore } from './recordedTransfer';
import { StepLog, type RecordStepMaker } from './stepLog';
import { AppEventStep, DeliverStep, HoldStep, StateStep, TimerStep, WsCloseStep } from './stepRecords';
import { knowColumns } from './timelineIndex';
import type {
  Actor, AppEvent, ConnectionState, Field, Hold, ScenarioName, SocketCall, Step, TcpStateName, TimerName, Timeline, Transfer, TransferKind, TransferLayer, WsCloseReport,
} from './types';

/** Encoded bytes plus their annotation; the HTTP codec's `EncodedMessage` fits this shape. */
export interface WireMessage {
  readonly bytes: Uint8Array;
  readonly fields: readonly Field[];
  readonly headerBytes: number;
  readonly payloadBytes: number;
  /** Inner messages inside these bytes (DESIGN §3a), outermost first. */
  readonly layers?: readonly TransferLayer[];
}

/**
 * A message that writes its own label, on first read: a long run need not build a label string per transfer
 * (few are ever shown). `summary` must be the same string whenever it is read.
 */
export interface LabelledMessage extends WireMessage {
  readonly summary: string;
}

/**
 * A message whose sizes are known but whose bytes are produced on first use.
 * Timing and metrics need only the sizes; the exact bytes matter only when the
 * inspector opens that one transfer — so a 10,000-event timeline need not
 * encode 10,000 messages up front. `encode()` must return headerBytes +
 * payloadBytes bytes (the scenario tests force every transfer to check).
 */
export interface DeferredMessage {
  readonly headerBytes: number;
  readonly payloadBytes: number;
  readonly encode: () => { readonly bytes: Uint8Array; readonly fields: readonly Field[] };
}

/** Everything about a transfer that the scenario decides. */
export interface TransferInput {
  readonly kind: TransferKind;
  readonly from: string;
  readonly to: string;
  readonly connection: number;
  readonly sentAt: number;
  readonly arrivedAt: number;
  readonly message: WireMessage | DeferredMessage;
  readonly summary: string;
  /** App event ids carried to the client. */
  readonly carries?: readonly number[];
  /** True for a response to an event-fetching request (a poll): counted as empty if it carries nothing. */
  readonly answersEventRequest?: boolean;
}

const NO_EVENTS: readonly number[] = Object.freeze([]);
// Marks an event not (yet) delivered in the delivery-time column.
const UNDELIVERED = Number.NaN;

type EventColumnsOfBuilder = {
  readonly ids: readonly number[]; readonly generatedAt: readonly number[]; readonly payloads: readonly string[]; readonly deliveredAt: readonly number[];
};

type MutableHold = { actor: string; connection: number; requestId: number; from: number; until: number; reason: Hold['reason'] };

/** Records steps, transfers, holds and events, then produces a `Timeline`. */
export class TimelineBuilder {
  // Compact rows, made into step objects when the timeline's `steps` are first read.
  private readonly steps = new StepLog();
  private readonly transfers: Transfer[] = [];
  private readonly transferStore = new TransferStore();
  private readonly holds: MutableHold[] = [];
  // Events as columns, in recording order, made into objects on the timeline's first read of `events`: an
  // event object given its deliveredAt later would need a separate property store, one more object per event.
  // The event steps read their time, id and latency from these columns rather than keep boxed numbers.
  private readonly events = {
    ids: [] as number[], generatedAt: [] as number[], payloads: [] as string[], deliveredAt: [] as number[],
    // Who generated each event, and the id of the transfer that delivered it (for its steps, made on read).
    actors: [] as string[], deliveredBy: [] as number[],
  };
  // The summary each hold's step captions.
  private readonly holdSummaries: string[] = [];
  // Sparse by id; scenario ids are 0..n-1, so this is a dense array in practice.
  private readonly eventRowById: number[] = [];
  private readonly eventResponseIds: number[] = [];
  // 'state' steps with state 'open', counted as recorded: the metrics need no pass over every step.
  private connectionsOpened = 0;

  constructor(
    private readonly scenario: ScenarioName,
    private readonly actors: readonly Actor[],
    /** Count TCP segments in the byte metrics (the sockets scenario, where segments are all there is on the wire). */
    private readonly countSegments = false,
  ) {}

  /** Records a transfer and its 'send' step; the scenario must call `arrive` when it lands. */
  send(input: TransferInput): Transfer {
    return this.sendParts(
      input.kind, input.from, input.to, input.connection, input.sentAt, input.arrivedAt,
      input.message, input.summary, input.carries, input.answersEventRequest === true,
    );
  }

  /** `send` with the input's fields as arguments: no input object per transfer. */
  sendParts(
    kind: TransferKind, from: string, to: string, connection: number, sentAt: number, arrivedAt: number,
    message: WireMessage | DeferredMessage, summary: string, carries: readonly number[] | undefined, answersEventRequest: boolean,
  ): Transfer {
    return this.recordTransfer(kind, from, to, connection, sentAt, arrivedAt, message, summary, carries, answersEventRequest);
  }

  /** `sendParts` for a message that writes its own label: the transfer's `summary` is the message's, read when first asked for. */
  sendLabelled(
    kind: TransferKind, from: string, to: string, connection: number, sentAt: number, arrivedAt: number,
    message: LabelledMessage, carries: readonly number[] | undefined, answersEventRequest: boolean,
  ): Transfer {
    return this.recordTransfer(kind, from, to, connection, sentAt, arrivedAt, message, undefined, carries, answersEventRequest);
  }

  private recordTransfer(
    kind: TransferKind, from: string, to: string, connection: number, sentAt: number, arrivedAt: number,
    message: WireMessage | DeferredMessage, summary: string | undefined, carries: readonly number[] | undefined, answersEventRequest: boolean,
  ): Transfer {
    const id = this.transfers.length;
    const transfer = new RecordedTransfer(
      id, kind, from, to, connection, sentAt, arrivedAt, message, summary, carries && carries.length > 0 ? carries : NO_EVENTS, this.transferStore,
    );
    this.transfers.push(transfer);
    if (answersEventRequest) this.eventResponseIds.push(id);
    this.check(sentAt, 'send');
    this.steps.send(transfer);
    return transfer;
  }

  /**
   * Records a transfer the network will drop at `vanishAt` (its `arrivedAt`) and its 'send' step;
   * the scenario calls `lost` at that time instead of `arrive`.
   */
  sendLost(kind: TransferKind, from: string, to: string, connection: number, sentAt: number, vanishAt: number, message: WireMessage | DeferredMessage, summary: string): Transfer {
    const transfer = new LostTransfer(this.transfers.length, kind, from, to, connection, sentAt, vanishAt, message, summary, NO_EVENTS, this.transferStore);
    this.transfers.push(transfer);
    this.check(sentAt, 'send');
    this.steps.send(transfer);
    return transfer;
  }

  /** Records the 'lost' step of a dropped transfer, at the sender's side. */
  lost(transfer: Transfer): void {
    this.check(transfer.arrivedAt, 'lost');
    this.steps.lost(transfer);
  }

  /** Records the 'arrive' step of a transfer that the receiver discards (it already failed the connection): nothing is delivered. */
  arriveIgnored(transfer: Transfer): void {
    this.check(transfer.arrivedAt, 'arrive');
    this.steps.arrive(transfer);
  }

  /** Records what `actor`'s WebSocket API reports as the connection ends. */
  wsClose(actor: string, time: number, report: WsCloseReport): void {
    this.push(new WsCloseStep(time, actor, report));
  }

  /** Records the 'arrive' step of a transfer, then a 'deliver' step for each event it carries. */
  arrive(transfer: Transfer): void {
    const time = transfer.arrivedAt;
    this.check(time, 'arrive');
    this.steps.arrive(transfer);
    // Read from the store's column when the transfer is the builder's own: a lone event's list is not made.
    const store = this.transfers[transfer.id] === transfer ? this.transferStore : undefined;
    const carries = store === undefined ? transfer.carries : undefined;
    const count = store !== undefined ? store.carriedCount(transfer.id) : carries!.length;
    for (let i = 0; i < count; i++) {
      const id = store !== undefined ? store.carriedAt(transfer.id, i) : carries![i]!;
      const row = this.eventRowById[id];
      if (row === undefined || !Number.isNaN(this.events.deliveredAt[row]!)) continue;
      this.events.deliveredAt[row] = time;
      this.events.deliveredBy[row] = transfer.id;
      this.steps.deliver(time, row);
    }
  }

  /** Records an application event generated at `time` on `actor`. */
  appEvent(actor: string, id: number, time: number, payload: string): void {
    const row = this.events.ids.length;
    this.eventRowById[id] = row;
    this.events.ids.push(id);
    this.events.generatedAt.push(time);
    this.events.payloads.push(payload);
    this.events.deliveredAt.push(UNDELIVERED);
    this.events.actors.push(actor);
    this.events.deliveredBy.push(-1);
    this.check(time, 'app-event');
    this.steps.appEvent(time, row);
  }

  /** Starts a hold of request `requestId` (the held message's `summary` goes in the caption); returns its index for `endHold`. */
  startHold(actor: string, connection: number, requestId: number, time: number, summary: string): number {
    const holdIndex = this.holds.length;
    const hold: MutableHold = { actor, connection, requestId, from: time, until: Infinity, reason: 'end' };
    this.holds.push(hold);
    this.holdSummaries.push(summary);
    this.check(time, 'hold');
    this.steps.hold(time, holdIndex);
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
    this.push(new TimerStep(time, actor, timer, ms));
  }

  /** Records a step a scenario built itself (the sockets lesson's own kinds), in time order like every other. */
  record(step: Step): void {
    if (step.kind === 'state' && step.state === 'open') this.connectionsOpened++;
    this.push(step);
  }

  /** Records a connection opening or closing. */
  connection(actor: string, connection: number, state: ConnectionState, time: number): void {
    if (state === 'open') this.connectionsOpened++;
    this.push(new StateStep(time, actor, state, connection));
  }

  /**
   * Freezes what was recorded into a `Timeline`; holds still open end at the last step. Its `steps` and
   * `events` are made from the builder's compact rows and columns on first read: the metrics and the
   * lookup index read the columns, so a timeline only played and seeked never makes them.
   */
  build(): Timeline {
    const log = this.steps;
    const duration = log.lastTime;
    for (const hold of this.holds) if (hold.until === Infinity) hold.until = duration;
    const transfers = this.transfers;
    const { events: columns, holds, holdSummaries } = this;
    const metrics = computeMetrics({
      actors: this.actors, transfers, events: columns, eventResponseIds: this.eventResponseIds, countSegments: this.countSegments,
      connectionsOpened: this.connectionsOpened, emptyResponses: this.emptyResponses(),
    });
    const makeRecordStep: RecordStepMaker = (kind, index) =>
      kind === 'hold' ? new HoldStep(holds[index]!, index, holdSummaries[index]!)
        : kind === 'app-event' ? new AppEventStep(columns.actors[index]!, columns, index)
        : new DeliverStep(transfers[columns.deliveredBy[index]!]!, columns, index);
    let steps: Step[] | undefined;
    let events: AppEvent[] | undefined;
    const timeline: Timeline = {
      scenario: this.scenario,
      actors: this.actors,
      get steps(): Step[] {
        return (steps ??= log.materialise(transfers, makeRecordStep));
      },
      transfers,
      holds,
      get events(): AppEvent[] {
        return (events ??= eventObjects(columns));
      },
      metrics,
      duration,
    };
    knowColumns(timeline, { stepTimes: () => log.times(), eventTimes: () => columns });
    return timeline;
  }

  /** Responses to an event-fetching request that carry no event, counted from the store (no list made per response). */
  private emptyResponses(): number {
    let empty = 0;
    const ids = this.eventResponseIds;
    for (let i = 0; i < ids.length; i++) if (this.transferStore.carriedCount(ids[i]!) === 0) empty++;
    return empty;
  }

  private push(step: Step): void {
    this.check(step.time, step.kind);
    this.steps.object(step);
  }

  private check(time: number, kind: Step['kind']): void {
    const lastTime = this.steps.lastTime;
    if (time < lastTime) throw new Error(`step ${kind} at ${time} ms comes before the previous step at ${lastTime} ms`);
  }
}

/** The events of `columns` as objects, in recording order. */
function eventObjects(columns: EventColumnsOfBuilder): AppEvent[] {
  const events: AppEvent[] = [];
  for (let i = 0; i < columns.ids.length; i++) {
    const id = columns.ids[i]!;
    const generatedAt = columns.generatedAt[i]!;
    const payload = columns.payloads[i]!;
    const deliveredAt = columns.deliveredAt[i]!;
    // Key order as before: deliveredAt, when there is one, comes last.
    events.push(Number.isNaN(deliveredAt) ? { id, generatedAt, payload } : { id, generatedAt, payload, deliveredAt });
  }
  return events;
}
