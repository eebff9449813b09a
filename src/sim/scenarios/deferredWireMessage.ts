import type { WireMessage } from '../timeline/timelineBuilder';
import type { Field, TransferLayer } from '../timeline/types';

/** A message's bytes with their fields and layers, as the codecs write them. */
export interface LayeredBytes {
  readonly bytes: Uint8Array;
  readonly fields: readonly Field[];
  readonly layers?: readonly TransferLayer[];
}

/**
 * A message whose sizes are known up front (computed exactly, without writing it) and whose bytes, fields and
 * layers the codecs write on first read: a long session need not write the thousands of polls and frames nobody
 * opens. A subclass keeps what its `write` needs (no closure per message), and what it wrote is kept beside it, not
 * in a field of each. Socket.IO's polls and frames, STOMP's frames and heart-beats and SockJS's server frames are
 * these; each scenario's tests check that every transfer's written length is the size it was timed with.
 */
export abstract class DeferredWireMessage implements WireMessage {
  /** Counted exactly up front: a field set by the constructor, or a getter over what the subclass keeps. */
  abstract readonly headerBytes: number;
  abstract readonly payloadBytes: number;
  /** The exact bytes on the wire. */
  get bytes(): Uint8Array {
    return this.written().bytes;
  }
  /** The outer message's fields. */
  get fields(): readonly Field[] {
    return this.written().fields;
  }
  /** The layers, outermost first. */
  get layers(): readonly TransferLayer[] | undefined {
    return this.written().layers;
  }
  /** Writes the message with the codecs (called once). */
  protected abstract write(): LayeredBytes;
  /** What `write` wrote, written on the first call: kept in a WeakMap beside the message (see `writtenMessages`). */
  protected written(): LayeredBytes {
    let written = writtenMessages.get(this);
    if (written === undefined) writtenMessages.set(this, (written = this.write()));
    return written;
  }
}

// What each message wrote, kept beside it rather than in a field of each: few of a long session's are ever read.
const writtenMessages = /*#__PURE__*/ new WeakMap<DeferredWireMessage, LayeredBytes>();
