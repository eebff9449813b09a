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
import { DeferredWireMessage, type LayeredBytes } from '../deferredWireMessage';

/** A WireMessage written by `writer(frame)` on first read (the `DeferredWireMessage` getters, what it wrote in a field of its own). */
export class LazySockJsWire extends DeferredWireMessage {
  /** The frame, or for the usual one-message "a" frame just its message: two objects fewer kept per event. */
  readonly #frame: SockJsFrame | string;
  // In a field, not the base's WeakMap: on the buffered and polling rungs the client reads every frame's bytes
  // during the run, and a WeakMap entry per frame costs more (its table grows, the collector walks it) than a slot.
  #written: LayeredBytes | undefined;
  // `writer` is a module-level function shared by every message of its kind: no closure per message.
  constructor(
    readonly headerBytes: number,
    readonly payloadBytes: number,
    private readonly writer: (frame: SockJsFrame) => WireMessage,
    frame: SockJsFrame,
  ) {
    super();
    this.#frame = frame.type === 'array' && frame.messages.length === 1 ? frame.messages[0]! : frame;
  }
  protected override written(): LayeredBytes {
    return (this.#written ??= this.write());
  }
  protected write(): LayeredBytes {
    const frame = this.#frame;
    return this.writer(typeof frame === 'string' ? { type: 'array', messages: [frame] } : frame);
  }
}
