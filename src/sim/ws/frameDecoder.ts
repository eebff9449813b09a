/**
 * A streaming frame decoder modelled on `ws`'s Receiver: chunks of any size go
 * in (one byte at a time works), complete frames and errors come out, each with
 * its offset in the stream. A named-state machine, so a stepper can show where
 * it is: GET_INFO → [GET_PAYLOAD_LENGTH_16 | GET_PAYLOAD_LENGTH_64] → [GET_MASK] → GET_DATA.
 * It never throws and never mutates the chunks it is given.
 */
import type { Field } from '../timeline/types';
import { parseClosePayload } from './closePayload';
import { frameFields } from './frameFields';
import {
  FIN_BIT,
  LEN_16_MARKER,
  LEN_64_MARKER,
  MASK_BIT,
  MAX_LENGTH_HIGH_WORD,
  OPCODE_MASK,
  PAYLOAD_LEN_MASK,
  RSV1_BIT,
  RSV2_BIT,
  RSV3_BIT,
  TWO_POW_32,
  checkFrameInfo,
  checkPayloadLength,
} from './frameRules';
import { decodeFrameAt } from './decodeFrame';
import { applyMask } from './mask';
import { OPCODE_CLOSE, isControlOpcode, type Opcode } from './opcodes';
import type { DecodeOptions, WsFrame } from './types';
import { shiftError, wsError, type WsError } from './wsError';

// The parser's states, as ws names them.
const GET_INFO = 0;
const GET_PAYLOAD_LENGTH_16 = 1;
const GET_PAYLOAD_LENGTH_64 = 2;
const GET_MASK = 3;
const GET_DATA = 4;
const FAILED = 5;

const STATE_NAMES = ['GET_INFO', 'GET_PAYLOAD_LENGTH_16', 'GET_PAYLOAD_LENGTH_64', 'GET_MASK', 'GET_DATA', 'FAILED'] as const;
/** What the decoder is waiting for. */
export type FrameDecoderState = (typeof STATE_NAMES)[number];

/** What one push can yield. `offset` is the stream offset of the frame's first byte. */
export type FrameDecoderEvent =
  | { readonly kind: 'frame'; readonly frame: WsFrame; readonly offset: number; readonly headerLength: number; readonly fields?: Field[] }
  | { readonly kind: 'error'; readonly error: WsError };

const EMPTY = new Uint8Array(0);
const COMPACT_AFTER = 64;

/** Decodes frames from a byte stream delivered in chunks. */
export class FrameDecoder {
  private readonly options: DecodeOptions;
  private st: number = GET_INFO;
  // Pending chunks from `head` on, the first one read from `headPos`. Indexes instead of
  // shift() and subarray() keep byte-at-a-time input linear and header reads allocation-free.
  private buffers: Uint8Array[] = [];
  private head = 0;
  private headPos = 0;
  private buffered = 0;
  // Where `take` put the bytes just read: straight in a chunk, or gathered into `scratch`.
  private src: Uint8Array = EMPTY;
  private at = 0;
  private readonly scratch = new Uint8Array(8);
  /** Stream bytes consumed so far. */
  private position = 0;
  // The frame being read.
  private frameStart = 0;
  private b0 = 0;
  private lengthField = 0;
  private payloadLength = 0;
  private masked = false;
  private maskingKey: Uint8Array | undefined = undefined;
  /** True if the last `consume` returned a copy we own (safe to unmask in place). */
  private owned = false;
  // Fragmentation, tracked across frames as ws does, so §5.4 errors surface at the header.
  private inMessage: boolean;
  private messageBytes = 0;

  constructor(options: DecodeOptions) {
    this.options = options;
    this.inMessage = options.inMessage ?? false;
  }

  /** The current state's name. */
  get state(): FrameDecoderState {
    return STATE_NAMES[this.st]!;
  }

  /** Bytes of the stream consumed into frames (or up to the error) so far. */
  get offset(): number {
    return this.position;
  }

  /** Feeds a chunk; returns the frames it completed, or an error (after which the decoder ignores input). */
  push(chunk: Uint8Array): FrameDecoderEvent[] {
    const events: FrameDecoderEvent[] = [];
    if (this.st === FAILED) return events;
    let rest = chunk;
    if (this.st === GET_INFO && this.buffered === 0) {
      // Fast path: frames that lie whole inside the chunk are read in place, one call each.
      const from = this.readWholeFrames(chunk, events);
      if (from === chunk.length || from < 0) return events;
      rest = from === 0 ? chunk : chunk.subarray(from);
    }
    if (rest.length > 0) {
      this.buffers.push(rest);
      this.buffered += rest.length;
    }
    for (;;) {
      let progressed: boolean;
      switch (this.st) {
        case GET_INFO: progressed = this.getInfo(events); break;
        case GET_PAYLOAD_LENGTH_16: progressed = this.getPayloadLength16(events); break;
        case GET_PAYLOAD_LENGTH_64: progressed = this.getPayloadLength64(events); break;
        case GET_MASK: progressed = this.getMask(); break;
        case GET_DATA: progressed = this.getData(events); break;
        default: progressed = false;
      }
      if (!progressed) return events;
    }
  }

  /** Reads the complete frames at the start of `chunk`; returns where the first incomplete one begins, or -1 after an error. */
  private readWholeFrames(chunk: Uint8Array, events: FrameDecoderEvent[]): number {
    let pos = 0;
    while (chunk.length - pos >= 2) {
      const r = decodeFrameAt(chunk, pos, this.options, this.inMessage, this.messageBytes);
      if (!r.ok) {
        if (r.needMore) break;
        events.push(this.fail(shiftError(r.error, this.position)));
        return -1;
      }
      const frame = r.frame;
      if (!isControlOpcode(frame.opcode)) {
        this.inMessage = !frame.fin;
        this.messageBytes = frame.fin ? 0 : this.messageBytes + frame.payload.length;
      }
      events.push(r.fields ? { kind: 'frame', frame, offset: this.position, headerLength: r.headerLength, fields: r.fields } : { kind: 'frame', frame, offset: this.position, headerLength: r.headerLength });
      pos += r.consumed;
      this.position += r.consumed;
    }
    return pos;
  }

  /** Signals the end of the stream: an error (1006) if it stopped inside a frame. */
  end(): FrameDecoderEvent[] {
    if (this.st === FAILED) return [];
    if (this.st === GET_INFO && this.buffered === 0) return [];
    return [this.fail(wsError('truncatedFrame', this.position + this.buffered, { needed: this.stillNeeded() }))];
  }

  private stillNeeded(): number {
    switch (this.st) {
      case GET_INFO: return 2 - this.buffered;
      case GET_PAYLOAD_LENGTH_16: return 2 - this.buffered;
      case GET_PAYLOAD_LENGTH_64: return 8 - this.buffered;
      case GET_MASK: return 4 - this.buffered;
      default: return this.payloadLength - this.buffered;
    }
  }

  /** Makes the next `n` (≤ 8) buffered bytes readable at `src[at…]` without allocating. */
  private take(n: number): void {
    this.buffered -= n;
    this.position += n;
    const first = this.buffers[this.head]!;
    const pos = this.headPos;
    if (first.length - pos >= n) {
      this.src = first;
      this.at = pos;
      if ((this.headPos = pos + n) === first.length) this.dropHead();
      return;
    }
    this.gather(this.scratch, n);
    this.src = this.scratch;
    this.at = 0;
  }

  /** Takes `n` buffered bytes: a view when they sit in one chunk, otherwise a joined copy (`owned`). */
  private consume(n: number): Uint8Array {
    this.buffered -= n;
    this.position += n;
    if (n === 0) { this.owned = true; return EMPTY; }
    const first = this.buffers[this.head]!;
    const pos = this.headPos;
    if (first.length - pos >= n) {
      this.owned = false;
      if ((this.headPos = pos + n) === first.length) this.dropHead();
      return pos === 0 && n === first.length ? first : first.subarray(pos, pos + n);
    }
    const out = new Uint8Array(n);
    this.gather(out, n);
    this.owned = true;
    return out;
  }

  /** Copies the next `n` buffered bytes (spanning chunks) into `out`. */
  private gather(out: Uint8Array, n: number): void {
    let filled = 0;
    while (filled < n) {
      const buf = this.buffers[this.head]!;
      const pos = this.headPos;
      const take = Math.min(buf.length - pos, n - filled);
      out.set(buf.subarray(pos, pos + take), filled);
      filled += take;
      if ((this.headPos = pos + take) === buf.length) this.dropHead();
    }
  }

  private dropHead(): void {
    this.headPos = 0;
    const head = ++this.head;
    if (head === this.buffers.length) {
      this.buffers = [];
      this.head = 0;
    } else if (head >= COMPACT_AFTER && head * 2 >= this.buffers.length) {
      // Release consumed chunks now and then, so a long stream does not grow the array forever.
      this.buffers = this.buffers.slice(head);
      this.head = 0;
    }
  }

  private fail(error: WsError): FrameDecoderEvent {
    this.st = FAILED;
    this.buffers = [];
    this.head = 0;
    this.headPos = 0;
    this.buffered = 0;
    return { kind: 'error', error };
  }

  // GET_INFO: FIN, RSV1–3, opcode, MASK, 7-bit length (§5.2).
  private getInfo(events: FrameDecoderEvent[]): boolean {
    if (this.buffered < 2) return false;
    this.frameStart = this.position;
    this.take(2);
    const b0 = this.src[this.at]!;
    const b1 = this.src[this.at + 1]!;
    const error = checkFrameInfo(b0, b1, this.options, this.inMessage);
    if (error) { events.push(this.fail(shiftError(error, this.frameStart))); return false; }
    this.b0 = b0;
    this.lengthField = b1 & PAYLOAD_LEN_MASK;
    this.masked = (b1 & MASK_BIT) !== 0;
    this.maskingKey = undefined;
    this.payloadLength = this.lengthField;
    if (this.lengthField === LEN_16_MARKER) this.st = GET_PAYLOAD_LENGTH_16;
    else if (this.lengthField === LEN_64_MARKER) this.st = GET_PAYLOAD_LENGTH_64;
    else return this.haveLength(events, 1);
    return true;
  }

  // GET_PAYLOAD_LENGTH_16: a 16-bit unsigned length in network byte order.
  private getPayloadLength16(events: FrameDecoderEvent[]): boolean {
    if (this.buffered < 2) return false;
    this.take(2);
    const buf = this.src;
    const at = this.at;
    this.payloadLength = (buf[at]! << 8) | buf[at + 1]!;
    return this.haveLength(events, 2);
  }

  // GET_PAYLOAD_LENGTH_64: a 64-bit length; above 2^53 - 1 it cannot be held (→ 1009, as ws does).
  private getPayloadLength64(events: FrameDecoderEvent[]): boolean {
    if (this.buffered < 8) return false;
    this.take(8);
    const buf = this.src;
    const at = this.at;
    const hi = ((buf[at]! << 24) | (buf[at + 1]! << 16) | (buf[at + 2]! << 8) | buf[at + 3]!) >>> 0;
    if (hi > MAX_LENGTH_HIGH_WORD) { events.push(this.fail(wsError('lengthTooLarge', this.frameStart + 2))); return false; }
    const lo = ((buf[at + 4]! << 24) | (buf[at + 5]! << 16) | (buf[at + 6]! << 8) | buf[at + 7]!) >>> 0;
    this.payloadLength = hi * TWO_POW_32 + lo;
    return this.haveLength(events, 2);
  }

  private haveLength(events: FrameDecoderEvent[], lengthAt: number): boolean {
    const opcode = this.b0 & OPCODE_MASK;
    const error = checkPayloadLength(opcode, this.payloadLength, this.options.maxPayload, this.frameStart + lengthAt, this.messageBytes);
    if (error) { events.push(this.fail(error)); return false; }
    if (!isControlOpcode(opcode)) {
      // A data frame opens, continues or ends a message (§5.4).
      const fin = (this.b0 & FIN_BIT) !== 0;
      this.inMessage = !fin;
      this.messageBytes = fin ? 0 : this.messageBytes + this.payloadLength;
    }
    this.st = this.masked ? GET_MASK : GET_DATA;
    return true;
  }

  // GET_MASK: the four key bytes (§5.3).
  private getMask(): boolean {
    if (this.buffered < 4) return false;
    this.take(4);
    const at = this.at;
    this.maskingKey = this.src.slice(at, at + 4);
    this.st = GET_DATA;
    return true;
  }

  // GET_DATA: waits for the whole payload, then unmasks it (into a copy unless the bytes are already ours).
  private getData(events: FrameDecoderEvent[]): boolean {
    const length = this.payloadLength;
    if (this.buffered < length) return false;
    const payloadStart = this.position;
    let payload = this.consume(length);
    const key = this.maskingKey;
    if (key && length > 0) {
      if (!this.owned) payload = payload.slice();
      applyMask(payload, 0, length, key);
    }
    const b0 = this.b0;
    const opcode = (b0 & OPCODE_MASK) as Opcode;
    if (opcode === OPCODE_CLOSE) {
      const close = parseClosePayload(payload);
      if (!close.ok) { events.push(this.fail(shiftError(close.error, payloadStart))); return false; }
    }
    const frame: WsFrame = {
      fin: (b0 & FIN_BIT) !== 0,
      rsv1: (b0 & RSV1_BIT) !== 0,
      rsv2: (b0 & RSV2_BIT) !== 0,
      rsv3: (b0 & RSV3_BIT) !== 0,
      opcode,
      maskingKey: key,
      payload,
    };
    const headerLength = payloadStart - this.frameStart;
    this.st = GET_INFO;
    if (!this.options.annotate) {
      events.push({ kind: 'frame', frame, offset: this.frameStart, headerLength });
    } else {
      const extendedLengthBytes = headerLength - 2 - (key ? 4 : 0);
      const fields = frameFields(frame, { lengthField: this.lengthField, extendedLengthBytes, payloadLength: length });
      events.push({ kind: 'frame', frame, offset: this.frameStart, headerLength, fields });
    }
    return true;
  }
}
