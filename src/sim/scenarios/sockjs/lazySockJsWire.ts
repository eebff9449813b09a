/**
 * A server frame's outer message (WebSocket frame, chunk, or xhr-polling
 * answer) whose sizes are known up front and whose bytes, fields and layers
 * the codecs write on first read: a 10,000-event session need not encode
 * 10,000 frames nobody opens in the inspector. The sizes come from
 * `sockJsSizes` and must equal what `write` produces (the wire tests check
 * every shape, and the scenario tests every transfer).
 */
import type { SockJsFrame } from '../../sockjs/frameTypes';
import type { WireMessage } from '../../timeline/timelineBuilder';
import type { Field, TransferLayer } from '../../timeline/types';

/** A WireMessage written by `write(frame)` on first read. */
export class LazySockJsWire implements WireMessage {
  #built: WireMessage | undefined;
  /** The frame, or for the usual one-message "a" frame just its message: two objects fewer kept per event. */
  readonly #frame: SockJsFrame | string;
  // `write` is a module-level function shared by every message of its kind: no closure per message.
  constructor(
    readonly headerBytes: number,
    readonly payloadBytes: number,
    private readonly write: (frame: SockJsFrame) => WireMessage,
    frame: SockJsFrame,
  ) {
    this.#frame = frame.type === 'array' && frame.messages.length === 1 ? frame.messages[0]! : frame;
  }
  /** The exact bytes on the wire. */
  get bytes(): Uint8Array {
    return this.built().bytes;
  }
  /** The outer message's fields. */
  get fields(): readonly Field[] {
    return this.built().fields;
  }
  /** The layers, outermost first. */
  get layers(): readonly TransferLayer[] | undefined {
    return this.built().layers;
  }
  private built(): WireMessage {
    const frame = this.#frame;
    return (this.#built ??= this.write(typeof frame === 'string' ? { type: 'array', messages: [frame] } : frame));
  }
}
