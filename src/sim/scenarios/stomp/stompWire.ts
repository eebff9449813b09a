/**
 * The bytes of the STOMP scenario, built the way DESIGN §3a asks: the STOMP
 * frame is encoded first, its bytes become the payload of a WebSocket text
 * frame (masked when a client sends), and the transfer keeps both layers —
 * the WebSocket frame's fields over all the bytes, the STOMP frame's fields
 * over the payload range. The STOMP fields describe the payload as sent,
 * before masking: on the wire a client's payload bytes are XORed with the key.
 */
import { encodeUtf8 } from '../../bytes/utf8';
import { HEARTBEAT_MEANING } from '../../stomp/fieldMeaning';
import { encodeStompFrame } from '../../stomp/encodeStompFrame';
import type { StompCommand } from '../../stomp/commands';
import type { StompHeader } from '../../stomp/types';
import { roundTripsUtf8, utf8Length } from '../../stomp/utf8Length';
import type { WireMessage } from '../../timeline/timelineBuilder';
import { shiftFields } from '../../timeline/layerTiling';
import type { Field, TransferLayer } from '../../timeline/types';
import { encodeFrame } from '../../ws/encodeFrame';
import { OPCODE_TEXT } from '../../ws/opcodes';
import type { LabelledFrame } from '../webSocketMessages';
import { unpackKey, type MaskKeys } from './maskKeys';
import { FrameTemplate } from './frameTemplate';
import { DeferredWireMessage, type LayeredBytes } from '../deferredWireMessage';

/** The LF a side sends as a heart-beat (STOMP 1.2 "Heart-beating"). */
const LF = 0x0a;

/** Wraps `inner` (already encoded) in a text frame; `innerFields` are relative to `inner`. */
function wrap(inner: Uint8Array, innerFields: readonly Field[], overhead: number, mask: Uint8Array | undefined): WireMessage {
  const frame = encodeFrame({ opcode: OPCODE_TEXT, payload: inner, maskingKey: mask }, { annotate: true });
  const fields = frame.fields ?? [];
  const start = frame.headerBytes;
  const layers: TransferLayer[] = [
    { protocol: 'ws', range: [0, frame.bytes.length], fields },
    { protocol: 'stomp', range: [start, frame.bytes.length], fields: shiftFields(innerFields, start) },
  ];
  // Overhead = the WebSocket header plus the STOMP command, headers, EOLs and NUL; payload = the STOMP body.
  return { bytes: frame.bytes, fields, headerBytes: frame.headerBytes + overhead, payloadBytes: inner.length - overhead, layers };
}

// RFC 6455 §5.2: 2 bytes, then a 16-bit length from 126 bytes or a 64-bit one from 65,536, then the 4-byte masking key.
const MAX_LEN_7 = 125;
const MAX_LEN_16 = 0xffff;
const wsHeaderBytes = (payload: number, masked: boolean): number =>
  2 + (payload <= MAX_LEN_7 ? 0 : payload <= MAX_LEN_16 ? 2 : 8) + (masked ? 4 : 0);

/**
 * One STOMP frame in one WebSocket text frame, kept as what it was made of — its template (command and header
 * lines), the value of the template's open lines, the body as text, the masking key as a number — with its sizes
 * counted exactly and its bytes, fields and layers written on first read (by `wrap`, as an eager build would; kept
 * by `DeferredWireMessage`). A
 * long session thus writes no bytes for the thousands of frames nobody opens in the inspector, and keeps little per
 * frame: timing needs only the sizes. A receiver on a clean path (see `clean`) acts on the structured frame instead
 * of re-reading the bytes.
 */
export class StompWire extends DeferredWireMessage {
  readonly headerBytes: number;
  readonly payloadBytes: number;
  /** The masking key (`MaskKeys.nextPacked`), undefined for a broker's frame. */
  readonly #mask: number | undefined;
  constructor(
    readonly template: FrameTemplate,
    /** What the template's open lines hold ('' when it has none). */
    readonly value: string,
    readonly body: string,
    /** `utf8Length(body)`. */
    bodyBytes: number,
    mask: number | undefined,
  ) {
    super();
    const frameBytes = template.fixedBytes + template.valueBytes(value) + bodyBytes + (bodyBytes > 0 ? contentLengthLineBytes(bodyBytes) : 0);
    this.headerBytes = wsHeaderBytes(frameBytes, mask !== undefined) + frameBytes - bodyBytes;
    this.payloadBytes = bodyBytes;
    this.#mask = mask;
  }
  /** A STOMP frame, not a heart-beat. */
  get kind(): 'frame' {
    return 'frame';
  }
  /** The frame's command. */
  get command(): StompCommand {
    return this.template.command;
  }
  /** Bytes of the STOMP frame, the WebSocket payload: all but the WebSocket header. */
  get frameBytes(): number {
    return payloadOf(this.headerBytes + this.payloadBytes, this.#mask !== undefined);
  }
  /**
   * True when a reader fed these bytes yields exactly this frame (command, headers, body): no string holds a lone
   * surrogate (UTF-8 would turn it into U+FFFD), and the unescaped CONNECT/CONNECTED lines hold no EOL or name colon.
   */
  get clean(): boolean {
    // An ASCII body (as long in bytes as in code units) has no surrogate to lose.
    return this.template.clean && this.template.valueReadsBack(this.value) && (this.payloadBytes === this.body.length || roundTripsUtf8(this.body));
  }
  /** The diagram's label: "SEND /topic/prices", "RECEIPT sub-0", "ACK". */
  get summary(): string {
    // Made once per template; a label that is the frame's own value is looked up per (command, value).
    const template = this.template;
    return template.labelIsValue ? summaryOf(template.command, this.value) : template.summary;
  }
  /** The value of the first header line named `name`, as `headerOf(headers, name)` gives it, without building the lines. */
  header(name: string): string | undefined {
    const lines = this.template.lines;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (typeof line === 'string') { if (line === name) return this.value; } else if (line.name === name) return line.value;
    }
    return name === 'content-length' && this.payloadBytes > 0 ? contentLengthHeader(this.payloadBytes).value : undefined;
  }
  /** The header lines the sender wrote; `headers` adds `content-length` for a body. */
  get lines(): readonly StompHeader[] {
    return this.template.linesWith(this.value);
  }
  /** The frame's header lines as written and read: the sender's, then `content-length` when there is a body. */
  get headers(): readonly StompHeader[] {
    return this.payloadBytes > 0 ? [...this.lines, contentLengthHeader(this.payloadBytes)] : this.lines;
  }
  /** The WebSocket header, then the STOMP frame (masked when a client sends); the WebSocket layer over all the bytes, the STOMP layer over the payload. */
  protected write(): LayeredBytes {
    // The encoder adds the same content-length line `headers` shows.
    const inner = encodeStompFrame({ command: this.command, headers: this.lines, body: encodeUtf8(this.body) });
    return wrap(inner.bytes, inner.fields, inner.overheadBytes, this.#mask === undefined ? undefined : unpackKey(this.#mask));
  }
}

/** The payload length of a WebSocket frame of `total` bytes (RFC 6455 §5.2: the header grows with the length). */
function payloadOf(total: number, masked: boolean): number {
  const rest = total - 2 - (masked ? 4 : 0);
  if (rest <= MAX_LEN_7) return rest;
  return rest - 2 <= MAX_LEN_16 ? rest - 2 : rest - 8;
}

// content-length lines are the same for every body of a given size: made once each (sizes below this bound).
const SHARED_LENGTHS = 4096;
const contentLengths: StompHeader[] = [];

/** The `content-length` line of a `bytes`-byte body. */
function contentLengthHeader(bytes: number): StompHeader {
  if (bytes >= SHARED_LENGTHS) return { name: 'content-length', value: String(bytes) };
  return (contentLengths[bytes] ??= { name: 'content-length', value: String(bytes) });
}

/** Bytes of the line `content-length:<bytes>` and its LF. */
function contentLengthLineBytes(bytes: number): number {
  let digits = 1;
  for (let n = bytes; n >= 10; n = Math.floor(n / 10)) digits++;
  // "content-length" ':' digits LF
  return 14 + 1 + digits + 1;
}

/** A heart-beat — one bare LF, the whole payload of a text frame — with its bytes and fields written on first read. */
export class HeartBeatWire extends DeferredWireMessage {
  readonly headerBytes: number;
  readonly #mask: number | undefined;
  /** `mask`: as `StompWire`'s. */
  constructor(mask: number | undefined) {
    super();
    this.headerBytes = wsHeaderBytes(1, mask !== undefined) + 1;
    this.#mask = mask;
  }
  /** A heart-beat, not a frame. */
  get kind(): 'heart-beat' {
    return 'heart-beat';
  }
  /** No body: the LF is overhead. */
  get payloadBytes(): number {
    return 0;
  }
  /** The LF. */
  get frameBytes(): number {
    return 1;
  }
  /** The WebSocket header, then the LF (masked when a client sends); the WebSocket layer over all the bytes, the heart-beat over the payload. */
  protected write(): LayeredBytes {
    const beat = Uint8Array.of(LF);
    const fields: Field[] = [{ name: 'heart-beat', start: 0, end: beat.length, value: 'LF', meaning: HEARTBEAT_MEANING }];
    return wrap(beat, fields, beat.length, this.#mask === undefined ? undefined : unpackKey(this.#mask));
  }
}

/** What a receiver may take instead of reading bytes: a STOMP frame or a heart-beat. */
export type StructuredWire = StompWire | HeartBeatWire;

// Summaries repeat ("MESSAGE /queue/jobs" ten thousand times): one string each, per command, a few labels at most.
const SUMMARY_CACHE_LABELS = 16;
const summaries = /*#__PURE__*/ new Map<string, Map<string, string>>();

/** "COMMAND label", the same string for the same pair. */
function summaryOf(command: StompCommand, label: string): string {
  let byLabel = summaries.get(command);
  if (byLabel === undefined) summaries.set(command, (byLabel = new Map()));
  let summary = byLabel.get(label);
  if (summary === undefined) {
    if (byLabel.size >= SUMMARY_CACHE_LABELS) byLabel.clear();
    summary = `${command} ${label}`;
    byLabel.set(label, summary);
  }
  return summary;
}

/**
 * One STOMP frame in one WebSocket text frame, labelled for the diagram ("SEND /topic/prices"). `headers` are kept
 * as they are (not copied): give an array nobody changes afterwards, without `content-length` (a body adds it).
 */
export function stompTransfer(command: StompCommand, headers: readonly StompHeader[], body: string, masks: MaskKeys | undefined): LabelledFrame {
  const message = templateWire(new FrameTemplate(command, headers), '', body, body.length === 0 ? 0 : utf8Length(body), masks);
  return { message, summary: message.summary };
}

/** A frame from `template`, its open lines holding `value`, its body `body` of `bodyBytes` bytes (`utf8Length(body)`); its label is its `summary`. */
export function templateWire(template: FrameTemplate, value: string, body: string, bodyBytes: number, masks: MaskKeys | undefined): StompWire {
  return new StompWire(template, value, body, bodyBytes, masks?.nextPacked());
}

/** A heart-beat: one bare LF, the whole payload of a text frame. */
export function heartBeatTransfer(masks: MaskKeys | undefined): LabelledFrame {
  return { message: new HeartBeatWire(masks?.nextPacked()), summary: HEART_BEAT_SUMMARY };
}

const HEART_BEAT_SUMMARY = 'heart-beat (LF)';

/** Bytes that break the frame format on purpose: a SEND whose header line has no colon (STOMP 1.2 "STOMP Frames"). */
export function malformedTransfer(destination: string, masks: MaskKeys): LabelledFrame {
  const text = encodeUtf8(`SEND\ndestination ${destination}\n\nhello\0`);
  // The layer still tiles its bytes: the command, then the unreadable rest as one field.
  const commandEnd = 'SEND\n'.length;
  const fields: Field[] = [
    { name: 'command', start: 0, end: commandEnd, value: 'SEND', meaning: 'stompfield.command.SEND' },
    { name: 'malformed', start: commandEnd, end: text.length, value: `destination ${destination}`, meaning: 'stompfield.malformed' },
  ];
  return { message: wrap(text, fields, text.length, masks.next()), summary: 'SEND · header without a colon' };
}
