import type { DeferredMessage, WireMessage } from './timelineBuilder';
import type { Field, Transfer, TransferKind, TransferLayer } from './types';

/**
 * A recorded transfer. `bytes` and `fields` are getters (on the prototype) so
 * that a deferred message is encoded once, on first read; everything else is
 * a plain field. Read transfers; do not spread them (a spread copy has no bytes).
 * A class, not an object literal with getters: V8 builds literals with
 * accessors through a slow path, about 30 times slower per object.
 */
export class RecordedTransfer implements Transfer {
  readonly kind: TransferKind;
  readonly from: string;
  readonly to: string;
  readonly connection: number;
  readonly sentAt: number;
  readonly arrivedAt: number;
  readonly headerBytes: number;
  readonly payloadBytes: number;
  readonly summary: string;
  #message: WireMessage | DeferredMessage;

  // Positional arguments: a scenario records thousands of transfers, so no input object per transfer.
  constructor(
    readonly id: number,
    kind: TransferKind,
    from: string,
    to: string,
    connection: number,
    sentAt: number,
    arrivedAt: number,
    message: WireMessage | DeferredMessage,
    summary: string,
    readonly carries: readonly number[],
  ) {
    this.kind = kind;
    this.from = from;
    this.to = to;
    this.connection = connection;
    this.sentAt = sentAt;
    this.arrivedAt = arrivedAt;
    this.headerBytes = message.headerBytes;
    this.payloadBytes = message.payloadBytes;
    this.summary = summary;
    this.#message = message;
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
    this.#message = { bytes, fields, headerBytes: this.headerBytes, payloadBytes: this.payloadBytes };
    return this.#message;
  }
}

/** A transfer the network drops: `arrivedAt` is when it vanishes, and it has no arrive step. */
export class LostTransfer extends RecordedTransfer {
  readonly lost = true;
}
