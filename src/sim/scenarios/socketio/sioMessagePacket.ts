import { encodeUtf8 } from '../../bytes/utf8';
import type { EngineIoPacket } from '../../engineio/types';
import { decodeSocketIoPacket } from '../../socketio/decodePacket';
import { encodeSocketIoPacketText } from '../../socketio/encodePacket';
import { ACK, EVENT, type SocketIoPacketType } from '../../socketio/packetTypes';
import type { SocketIoPacket } from '../../socketio/types';
import { utf8ByteLength } from '../utf8ByteLength';

/**
 * An engine.io message packet whose text is a Socket.IO packet written by the codec, with that Socket.IO packet
 * as its sender made it: the receiver acts on `sio` instead of decoding the text again (nothing in this scenario
 * alters bytes on the way; `sioReaders.test.ts` checks the decoder reads the same from the bytes). The text is
 * written on first read of `data`: a frame's size and label are counted from the packet (`textLength`, `head`).
 */
export class SioMessagePacket implements EngineIoPacket {
  readonly type = 'message' as const;
  private text: string | undefined = undefined;
  constructor(readonly sio: SocketIoPacket) {}
  /** The Socket.IO packet's text, as encodeSocketIoPacket writes it. */
  get data(): string {
    if (this.text === undefined) this.text = this.sio instanceof CountedSioPacket ? this.sio.text() : encodeSocketIoPacketText(this.sio);
    return this.text;
  }
  /** The UTF-8 length of `data`, counted without writing a tick's text. */
  get textLength(): number {
    return this.sio instanceof CountedSioPacket && this.text === undefined ? this.sio.textLength() : utf8ByteLength(this.data);
  }
  /** The first `n` characters of `data` (all of it when shorter). */
  head(n: number): string {
    if (this.sio instanceof CountedSioPacket && this.text === undefined) return this.sio.head(n);
    const text = this.data;
    return text.length > n ? text.slice(0, n) : text;
  }
}

/**
 * A Socket.IO packet of a shape whose text is written, counted and labelled without the codec (`sioWire.test.ts`
 * holds each to the codec). Its texts are ASCII. The type and namespace are getters, not fields: the timeline
 * keeps one of these per frame, and each field is 4–8 bytes more per transfer.
 */
export abstract class CountedSioPacket implements SocketIoPacket {
  abstract readonly type: SocketIoPacketType;
  get nsp(): string {
    return '/';
  }
  /** The text encodeSocketIoPacketText writes for this packet. */
  abstract text(): string;
  /** The text's UTF-8 length. */
  abstract textLength(): number;
  /** The text's first `n` characters. */
  head(n: number): string {
    const text = this.text();
    return text.length > n ? text.slice(0, n) : text;
  }
  /**
   * `prefix`, then the label of the engine.io message packet carrying this one ("4" and the text's first 23
   * characters, "…" when cut), written as one flat string: a label built by `+` would stay a tree of pieces for as
   * long as the timeline keeps it.
   */
  label(prefix: string): string {
    const head = this.head(LABEL_CHARS);
    return head.length > LABEL_CHARS - 1 ? [prefix, '4', head.slice(0, LABEL_CHARS - 1), '…'].join('') : [prefix, '4', head].join('');
  }
}

/** A label's length in bytes of the polling encoding: the type digit and 23 characters of an ASCII text. */
const LABEL_CHARS = 24;
const NO_ARGS: readonly unknown[] = Object.freeze([]);

/** An ACK without arguments in the main namespace (the client's answer to a tick): `3<id>[]`. */
export class SioAckPacket extends CountedSioPacket {
  constructor(readonly id: number) {
    super();
  }
  get type(): typeof ACK {
    return ACK;
  }
  get data(): readonly unknown[] {
    return NO_ARGS;
  }
  text(): string {
    return `3${this.id}[]`;
  }
  textLength(): number {
    return 3 + decimalDigits(this.id);
  }
  /** The whole text always fits a label (an id of up to 20 digits). */
  override label(prefix: string): string {
    return ackLabel(prefix, this.id);
  }
}

/** `prefix` and the label of the message packet carrying an ACK of `id` without arguments, as one flat string. */
export function ackLabel(prefix: string, id: number): string {
  return [prefix, '43', id, '[]'].join('');
}

// What eventPayload writes when the size leaves room for its skeleton: JSON.stringify(JSON.parse(p)) gives p back
// (an integer of at most 15 digits prints as written; lower-case letters need no escape), all ASCII.
const ID_OPEN = '{"id":';
const DATA_OPEN = ',"data":"';
const CLOSE = '"}';
const MAX_ID_DIGITS = 15;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const LOWER_A = 97;
const LOWER_Z = 122;

/** `/^\{"id":(?:0|[1-9]\d{0,14}),"data":"[a-z]*"\}$/.test(p)`, read character by character (a regular expression per tick cost more). */
export function isCanonicalPayload(p: string): boolean {
  if (!p.startsWith(ID_OPEN) || !p.endsWith(CLOSE)) return false;
  let i = ID_OPEN.length;
  const first = p.charCodeAt(i);
  if (first < DIGIT_0 || first > DIGIT_9) return false;
  i++;
  if (first !== DIGIT_0) {
    const end = i + MAX_ID_DIGITS - 1;
    while (i < end && i < p.length && p.charCodeAt(i) >= DIGIT_0 && p.charCodeAt(i) <= DIGIT_9) i++;
  }
  if (!p.startsWith(DATA_OPEN, i)) return false;
  const last = p.length - CLOSE.length;
  for (i += DATA_OPEN.length; i < last; i++) {
    const c = p.charCodeAt(i);
    if (c < LOWER_A || c > LOWER_Z) return false;
  }
  return i === last;
}
const TICK_PREFIX = '["tick",';

/**
 * A server's "tick" EVENT for an app event's payload, kept as the payload: its text `2<id>["tick",<payload>]` is
 * what writeText makes of `{ type: EVENT, nsp: '/', id, data: ['tick', JSON.parse(payload)] }` when the payload is
 * canonical JSON, so neither the parse nor the stringify runs per event. `data` parses it on request (a reader of
 * the whole packet; the client only looks at the type and the ack id).
 */
export class SioTickPacket extends CountedSioPacket {
  constructor(readonly id: number | undefined, readonly payload: string) {
    super();
  }
  get type(): typeof EVENT {
    return EVENT;
  }
  get data(): unknown[] {
    return ['tick', JSON.parse(this.payload) as unknown];
  }
  /** The packet's text. */
  text(): string {
    return this.id === undefined ? `2${TICK_PREFIX}${this.payload}]` : `2${this.id}${TICK_PREFIX}${this.payload}]`;
  }
  /** The text's UTF-8 length (the payload is ASCII). */
  textLength(): number {
    return tickTextLength(this.id, this.payload);
  }
  /** The text's first `n` characters, written from a prefix of the payload. */
  override head(n: number): string {
    const start = this.id === undefined ? `2${TICK_PREFIX}` : `2${this.id}${TICK_PREFIX}`;
    if (start.length >= n) return start.slice(0, n);
    const rest = n - start.length;
    return this.payload.length + 1 <= rest ? `${start}${this.payload}]` : start + this.payload.slice(0, rest);
  }
  /** The label from its parts: no head string written first. */
  override label(prefix: string): string {
    const start = 1 + (this.id === undefined ? 0 : decimalDigits(this.id)) + TICK_PREFIX.length;
    const fit = LABEL_CHARS - 1;
    if (start >= fit) return super.label(prefix);
    const id = this.id ?? '';
    // The text is `start` characters, the payload, then "]": cut when longer than fits (then the cut falls in the payload).
    return start + this.payload.length + 1 <= fit
      ? [prefix, '42', id, TICK_PREFIX, this.payload, ']'].join('')
      : [prefix, '42', id, TICK_PREFIX, this.payload.slice(0, fit - start), '…'].join('');
  }
}

/** The UTF-8 length of the text of a tick of `payload` (canonical, so ASCII) with ack id `id`. */
export function tickTextLength(id: number | undefined, payload: string): number {
  return 1 + (id === undefined ? 0 : decimalDigits(id)) + TICK_PREFIX.length + payload.length + 1;
}

/**
 * What an app emits for `payload`: the value it is the JSON of, or — a payload too short for eventPayload's JSON
 * skeleton is cut text, not JSON — the text itself, as a page would emit a string.
 */
export function payloadArgument(payload: string): unknown {
  try {
    return JSON.parse(payload) as unknown;
  } catch {
    return payload;
  }
}

/** The Socket.IO packet of a tick: kept as its payload when that is canonical, else its argument as `payloadArgument` makes it. */
export function tickPacket(id: number | undefined, payload: string): SocketIoPacket {
  if (isCanonicalPayload(payload)) return new SioTickPacket(id, payload);
  const data = ['tick', payloadArgument(payload)];
  return id !== undefined ? { type: EVENT, nsp: '/', id, data } : { type: EVENT, nsp: '/', data };
}

function decimalDigits(n: number): number {
  let count = 1;
  while (n >= 10) {
    n = Math.floor(n / 10);
    count++;
  }
  return count;
}

/** The Socket.IO packet inside a message packet's text: as its sender made it, else decoded; undefined if it does not decode. */
export function carriedSocketIo(packet: EngineIoPacket): SocketIoPacket | undefined {
  if (packet instanceof SioMessagePacket) return packet.sio;
  if (typeof packet.data !== 'string') return undefined;
  const decoded = decodeSocketIoPacket(encodeUtf8(packet.data));
  return decoded.ok ? decoded.packet : undefined;
}
