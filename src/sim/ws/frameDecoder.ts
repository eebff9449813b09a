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
  OPCODE_MASK,
  PAYLOAD_LEN_MASK,
  RSV1_BIT,
  RSV2_BIT,
  RSV3_BIT,
  TWO_POW_32,
  checkFrameInfo,
  checkLengthHighWord,
  checkPayloadLength,
} from './frameRules';
import { ChunkQueue } from './chunkQueue';
import { decodeFrameAt } from './decodeFrame';
import { applyMask, unmaskCopy } from './mask';
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

/** Decodes frames from a byte stream delivered in chunks. */
export class FrameDecoder {
  private readonly options: DecodeOptions;
  private st: number = GET_INFO;
  /** Received bytes not yet read into a frame. */
  private readonly queue = new ChunkQueue();
  /** Stream bytes consumed so far. */
  private position = 0;
  // The frame being read.
  private frameStart = 0;
  private b0 = 0;
  private lengthField = 0;
  private payloadLength = 0;
  private masked = false;
  private maskingKey: Uint8Array | undefined = undefined;
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
    if (this.st === GET_INFO && this.queue.length === 0) {
      // Fast path: frames that lie whole inside the chunk are read in place, one call each.
      const from = this.readWholeFrames(chunk, events);
      if (from === chunk.length || from < 0) return events;
      rest = from === 0 ? chunk : chunk.subarray(from);
    }
    this.queue.push(rest);
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

  /**
   * Whether `skipWholeFrame` may stand in for reading a whole unmasked data frame with FIN set (RSV1 too when `rsv1`):
   * only between frames and messages, for a client's reader (servers' frames are unmasked), with RSV1 negotiated when
   * set, and within maxPayload: where reading such a frame could only yield it.
   */
  canSkipWholeFrame(payloadBytes: number, rsv1: boolean): boolean {
    const { options } = this;
    return this.st === GET_INFO && this.queue.length === 0 && !this.inMessage && options.role === 'client'
      && (!rsv1 || options.extensions?.rsv1 === true) && !(options.maxPayload && payloadBytes > options.maxPayload);
  }

  /** Takes such a frame of `frameBytes` bytes without its bytes: the stream offset advances as reading it would. Check `canSkipWholeFrame` first. */
  skipWholeFrame(frameBytes: number): void {
    this.position += frameBytes;
  }

  /** Signals the end of the stream: an error (1006) if it stopped inside a frame. */
  end(): FrameDecoderEvent[] {
    if (this.st === FAILED) return [];
    if (this.st === GET_INFO && this.queue.length === 0) return [];
    return [this.fail(wsError('truncatedFrame', this.position + this.queue.length, { needed: this.stillNeeded() }))];
  }

  private stillNeeded(): number {
    switch (this.st) {
      case GET_INFO: return 2 - this.queue.length;
      case GET_PAYLOAD_LENGTH_16: return 2 - this.queue.length;
      case GET_PAYLOAD_LENGTH_64: return 8 - this.queue.length;
      case GET_MASK: return 4 - this.queue.length;
      default: return this.payloadLength - this.queue.length;
    }
  }

  /** Takes `n` queued bytes into the stream position; they are then readable at `queue.src[queue.at …]`. */
  private take(n: number): void {
    this.queue.take(n);
    this.position += n;
  }

  private fail(error: WsError): FrameDecoderEvent {
    this.st = FAILED;
    this.queue.clear();
    return { kind: 'error', error };
  }

  // GET_INFO: FIN, RSV1–3, opcode, MASK, 7-bit length (§5.2).
  private getInfo(events: FrameDecoderEvent[]): boolean {
    if (this.queue.length < 2) return false;
    this.frameStart = this.position;
    this.take(2);
    const { src, at } = this.queue;
    const b0 = src[at]!;
    const b1 = src[at + 1]!;
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
    if (this.queue.length < 2) return false;
    this.take(2);
    const { src: buf, at } = this.queue;
    this.payloadLength = (buf[at]! << 8) | buf[at + 1]!;
    return this.haveLength(events, 2);
  }

  // GET_PAYLOAD_LENGTH_64: a 64-bit length, top bit 0 (else 1002, §5.2); above 2^53 - 1 it cannot be held (→ 1009, as ws does).
  private getPayloadLength64(events: FrameDecoderEvent[]): boolean {
    if (this.queue.length < 8) return false;
    this.take(8);
    const { src: buf, at } = this.queue;
    const hi = ((buf[at]! << 24) | (buf[at + 1]! << 16) | (buf[at + 2]! << 8) | buf[at + 3]!) >>> 0;
    const highError = checkLengthHighWord(hi, this.frameStart + 2);
    if (highError) { events.push(this.fail(highError)); return false; }
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
    if (this.queue.length < 4) return false;
    this.take(4);
    const { src, at } = this.queue;
    this.maskingKey = src.slice(at, at + 4);
    this.st = GET_DATA;
    return true;
  }

  // GET_DATA: waits for the whole payload, then unmasks it (into a copy unless the bytes are already ours).
  private getData(events: FrameDecoderEvent[]): boolean {
    const length = this.payloadLength;
    if (this.queue.length < length) return false;
    const payloadStart = this.position;
    let payload = this.queue.consume(length);
    this.position += length;
    const key = this.maskingKey;
    if (key && length > 0) {
      // Unmask into a copy unless the queue already made one: the caller's chunks stay untouched.
      if (this.queue.owned) applyMask(payload, 0, length, key);
      else payload = unmaskCopy(payload, 0, length, key);
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
