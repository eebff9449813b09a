/**
 * The builder's steps as compact rows: a time and a 32-bit code per step, in
 * two typed arrays. A transfer's send, arrival and loss — two of every three
 * steps in a big timeline — are the code of the transfer alone; an app event,
 * a delivery and a hold are the code of the builder's record they come from
 * (the builder makes their objects); any other step is kept as the object it
 * was recorded as. `materialise` turns the rows into
 * the `Step` objects views read, once, when `Timeline.steps` is first read: a
 * build that is only seeked (the index reads `times`) never makes them, and
 * the rows live off the garbage-collected heap, so recording a step allocates
 * nothing the collector must copy.
 */
import { ArriveStep, LostStep, SendStep } from './stepRecords';
import type { Step, Transfer } from './types';

/** The steps the builder makes from its own records (an event's row, a hold's index). */
export type RecordStepKind = 'app-event' | 'deliver' | 'hold';

/** Makes the step of `kind` from record `index`, when the steps are materialised. */
export type RecordStepMaker = (kind: RecordStepKind, index: number) => Step;

// A code is index * TAGS + tag: the transfer's id for the transfer tags, the record's index for the
// record tags, the object's index for OBJECT.
const SEND = 0;
const ARRIVE = 1;
const LOST = 2;
const OBJECT = 3;
const APP_EVENT = 4;
const DELIVER = 5;
const HOLD = 6;
const TAGS = 8;
const INITIAL_ROWS = 1024;

/** Steps in recording order, compactly. */
export class StepLog {
  #times = new Float64Array(INITIAL_ROWS);
  #codes = new Int32Array(INITIAL_ROWS);
  readonly #objects: Step[] = [];
  #length = 0;

  /** Number of steps. */
  get length(): number {
    return this.#length;
  }

  /** Time of the last step, or 0 when there is none. */
  get lastTime(): number {
    return this.#length === 0 ? 0 : this.#times[this.#length - 1]!;
  }

  /** The 'send' step of `transfer`, at its sentAt. */
  send(transfer: Transfer): void {
    this.#add(transfer.sentAt, transfer.id * TAGS + SEND);
  }

  /** The 'arrive' step of `transfer`, at its arrivedAt. */
  arrive(transfer: Transfer): void {
    this.#add(transfer.arrivedAt, transfer.id * TAGS + ARRIVE);
  }

  /** The 'lost' step of `transfer`, at its arrivedAt (when it vanishes). */
  lost(transfer: Transfer): void {
    this.#add(transfer.arrivedAt, transfer.id * TAGS + LOST);
  }

  /** The 'app-event' step of the builder's event row `row`, made on read (`makeRecordStep` of `materialise`). */
  appEvent(time: number, row: number): void {
    this.#add(time, row * TAGS + APP_EVENT);
  }

  /** The 'deliver' step of the builder's event row `row`, made on read. */
  deliver(time: number, row: number): void {
    this.#add(time, row * TAGS + DELIVER);
  }

  /** The 'hold' step of the builder's hold `index`, made on read. */
  hold(time: number, index: number): void {
    this.#add(time, index * TAGS + HOLD);
  }

  /** Any other step, kept as it is. */
  object(step: Step): void {
    this.#add(step.time, this.#objects.length * TAGS + OBJECT);
    this.#objects.push(step);
  }

  /** Every step's time, in order (a copy the caller owns). */
  times(): Float64Array {
    return this.#times.slice(0, this.#length);
  }

  /** The steps as objects; `transfers` is the builder's list, indexed by id. */
  materialise(transfers: readonly Transfer[], makeRecordStep: RecordStepMaker): Step[] {
    const n = this.#length;
    const codes = this.#codes;
    const objects = this.#objects;
    const steps = new Array<Step>(n);
    for (let i = 0; i < n; i++) {
      const code = codes[i]!;
      const tag = code % TAGS;
      const index = (code - tag) / TAGS;
      steps[i] = tag === SEND ? new SendStep(transfers[index]!)
        : tag === ARRIVE ? new ArriveStep(transfers[index]!)
        : tag === LOST ? new LostStep(transfers[index]!)
        : tag === OBJECT ? objects[index]!
        : makeRecordStep(tag === APP_EVENT ? 'app-event' : tag === DELIVER ? 'deliver' : 'hold', index);
    }
    return steps;
  }

  #add(time: number, code: number): void {
    const i = this.#length;
    if (i === this.#codes.length) {
      const times = new Float64Array(2 * i);
      times.set(this.#times);
      this.#times = times;
      const codes = new Int32Array(2 * i);
      codes.set(this.#codes);
      this.#codes = codes;
    }
    this.#times[i] = time;
    this.#codes[i] = code;
    this.#length = i + 1;
  }
}
