import type { DeferredMessage, LabelledMessage, WireMessage } from './timelineBuilder';
import type { Field, Transfer, TransferKind, TransferLayer } from './types';

const NO_EVENTS: readonly number[] = Object.freeze([]);
// Marks in the carried-event column (event ids are counted from 0).
const NONE = -1;
const MANY = -2;

/**
 * What a builder's transfers share: their send and arrival times, as two columns
 * indexed by transfer id, what each carries, and their routes. A fractional time kept in an object field is a boxed
 * number of its own (16 bytes, one more object for the garbage collector to copy); in a typed
 * array it is stored inline, off the collected heap. Most transfers carry no event or one: its id is kept in a
 * column too, and the one-element list `carries` reads is made when first read.
 */
export class TransferStore {
  #sentAt: Float64Array;
  #arrivedAt: Float64Array;
  // The one event id a transfer carries, NONE, or MANY (its list is in #lists).
  #carried: Int32Array;
  // By transfer id: a list of several ids as given, or a lone id's list once read.
  readonly #lists: (readonly number[] | undefined)[] = [];

  constructor(capacity = 1024) {
    this.#sentAt = new Float64Array(capacity);
    this.#arrivedAt = new Float64Array(capacity);
    this.#carried = new Int32Array(capacity);
  }

  /** Records transfer `id`'s times and the app events it carries (kept as given when more than one). */
  set(id: number, sentAt: number, arrivedAt: number, carries: readonly number[]): void {
    if (id >= this.#sentAt.length) {
      const capacity = Math.max(2 * this.#sentAt.length, id + 1);
      const sent = new Float64Array(capacity);
      sent.set(this.#sentAt);
      this.#sentAt = sent;
      const arrived = new Float64Array(capacity);
      arrived.set(this.#arrivedAt);
      this.#arrivedAt = arrived;
      const carried = new Int32Array(capacity);
      carried.set(this.#carried);
      this.#carried = carried;
    }
    this.#sentAt[id] = sentAt;
    this.#arrivedAt[id] = arrivedAt;
    const one = carries.length === 1 ? carries[0]! : NaN;
    // A lone id that fits the column (and is not one of its two marks) goes there; any other list is kept as given.
    if (carries.length === 0) this.#carried[id] = NONE;
    else if ((one | 0) === one && one !== NONE && one !== MANY) this.#carried[id] = one;
    else {
      this.#carried[id] = MANY;
      this.#lists[id] = carries;
    }
  }

  sentAt(id: number): number {
    return this.#sentAt[id]!;
  }

  arrivedAt(id: number): number {
    return this.#arrivedAt[id]!;
  }

  /** How many app events transfer `id` carries. */
  carriedCount(id: number): number {
    const one = this.#carried[id]!;
    return one === NONE ? 0 : one === MANY ? this.#lists[id]!.length : 1;
  }

  /** The `i`-th app event transfer `id` carries (i < carriedCount). */
  carriedAt(id: number, i: number): number {
    const one = this.#carried[id]!;
    return one === MANY ? this.#lists[id]![i]! : one;
  }

  /** The app events transfer `id` carries: the same list at every read. */
  carries(id: number): readonly number[] {
    const one = this.#carried[id]!;
    if (one === NONE) return NO_EVENTS;
    return (this.#lists[id] ??= [one]);
  }

  // Routes by connection: a connection has a handful (a kind or two each way), so a short scan finds one.
  readonly #routes = new Map<number, TransferRoute[]>();

  /** The shared route for transfers of `kind` from `from` to `to` on `connection`. */
  route(kind: TransferKind, from: string, to: string, connection: number): TransferRoute {
    let routes = this.#routes.get(connection);
    if (routes === undefined) {
      routes = [];
      this.#routes.set(connection, routes);
    }
    for (let i = 0; i < routes.length; i++) {
      const route = routes[i]!;
      if (route.kind === kind && route.from === from && route.to === to) return route;
    }
    const route = new TransferRoute(kind, from, to, connection, this);
    routes.push(route);
    return route;
  }
}

/**
 * What a transfer is and where it goes. Every transfer of one kind, one way, on
 * one connection shares one: five fields a transfer need not keep itself (the
 * last, the store that holds its times and carried events).
 */
export class TransferRoute {
  constructor(
    readonly kind: TransferKind,
    readonly from: string,
    readonly to: string,
    readonly connection: number,
    readonly store: TransferStore,
  ) {}
}

/**
 * A recorded transfer. `bytes` and `fields` are getters (on the prototype) so
 * that a deferred message is encoded once, on first read; the sizes are read
 * from the message, the times and carried events from the builder's `TransferStore` and kind,
 * sender, receiver and connection (and the store) from a route shared with the transfers like
 * it, so an instance keeps four fields and no boxed number. Read transfers; do not spread
 * them (a spread copy has no bytes, sizes or times).
 * A class, not an object literal with getters: V8 builds literals with
 * accessors through a slow path, about 30 times slower per object.
 */
export class RecordedTransfer implements Transfer {
  // Undefined until read when the message writes its own label (a `LabelledMessage`, see `TimelineBuilder.sendLabelled`).
  #summary: string | undefined;
  readonly #route: TransferRoute;
  #message: WireMessage | DeferredMessage;

  // Positional arguments: a scenario records thousands of transfers, so no input object per transfer.
  // `times` is the builder's shared store (this transfer's row is `id`); without it the transfer keeps its own.
  // `summary` undefined: `message` is a `LabelledMessage`, whose label is read when the transfer's is.
  constructor(
    readonly id: number,
    kind: TransferKind,
    from: string,
    to: string,
    connection: number,
    sentAt: number,
    arrivedAt: number,
    message: WireMessage | DeferredMessage,
    summary: string | undefined,
    carries: readonly number[],
    times: TransferStore = new TransferStore(id + 1),
  ) {
    this.#route = times.route(kind, from, to, connection);
    this.#summary = summary;
    this.#message = message;
    times.set(id, sentAt, arrivedAt, carries);
  }

  /** App event ids carried to the client. */
  get carries(): readonly number[] {
    return this.#route.store.carries(this.id);
  }

  /** The diagram's label. */
  get summary(): string {
    // Only a LabelledMessage comes without a summary, and it is never replaced by `encoded` (it has no `encode`).
    return (this.#summary ??= (this.#message as LabelledMessage).summary);
  }

  get kind(): TransferKind {
    return this.#route.kind;
  }

  get from(): string {
    return this.#route.from;
  }

  get to(): string {
    return this.#route.to;
  }

  /** Which TCP connection carries it. */
  get connection(): number {
    return this.#route.connection;
  }

  /** First bit leaves the sender. */
  get sentAt(): number {
    return this.#route.store.sentAt(this.id);
  }

  /** Last bit reaches the receiver. */
  get arrivedAt(): number {
    return this.#route.store.arrivedAt(this.id);
  }

  /** Bytes that are protocol overhead. */
  get headerBytes(): number {
    return this.#message.headerBytes;
  }

  /** Bytes that are application payload. */
  get payloadBytes(): number {
    return this.#message.payloadBytes;
  }

  /** The exact bytes on the wire. */
  get bytes(): Uint8Array {
    return this.encoded().bytes;
  }

  /** The fields that tile `bytes`. */
  get fields(): readonly Field[] {
    return this.encoded().fields;
  }

  /** Messages carried inside `bytes`, outermost first, when the scenario built them (DESIGN §3a). */
  get layers(): readonly TransferLayer[] | undefined {
    const message = this.#message;
    return 'encode' in message ? undefined : message.layers;
  }

  private encoded(): { readonly bytes: Uint8Array; readonly fields: readonly Field[] } {
    const message = this.#message;
    if (!('encode' in message)) return message;
    const { bytes, fields } = message.encode();
    this.#message = { bytes, fields, headerBytes: message.headerBytes, payloadBytes: message.payloadBytes };
    return this.#message;
  }
}

/** A transfer the network drops: `arrivedAt` is when it vanishes, and it has no arrive step. */
export class LostTransfer extends RecordedTransfer {
  // A constant of the class, not a field of each instance.
  get lost(): true {
    return true;
  }
}
