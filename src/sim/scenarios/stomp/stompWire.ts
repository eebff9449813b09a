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
import { escapesHeaders } from '../../stomp/commands';
import { headerOf } from '../../stomp/headerOf';
import { stompFrameBytes } from '../../stomp/stompFrameBytes';
import type { StompHeader } from '../../stomp/types';
import { roundTripsUtf8, utf8Length } from '../../stomp/utf8Length';
import type { WireMessage } from '../../timeline/timelineBuilder';
import { shiftFields } from '../../timeline/layerTiling';
import type { Field, TransferLayer } from '../../timeline/types';
import { encodeFrame } from '../../ws/encodeFrame';
import { OPCODE_TEXT } from '../../ws/opcodes';
import type { LabelledFrame, MaskSource } from '../webSocketMessages';

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
 * One STOMP frame in one WebSocket text frame, kept as what it was made of — the command, the headers as the
 * frame's lines (`content-length` included), the body as text, the masking key — with its sizes counted exactly
 * and its bytes, fields and layers written on first read (by `wrap`, as an eager build would). A long session
 * thus writes no bytes for the thousands of frames nobody opens in the inspector; timing needs only the sizes.
 * A receiver on a clean path (see `clean`) acts on the structured frame instead of re-reading the bytes.
 */
export class StompWire implements WireMessage {
  readonly kind = 'frame';
  readonly headerBytes: number;
  readonly payloadBytes: number;
  /** Bytes of the STOMP frame: the WebSocket payload. */
  readonly frameBytes: number;
  /**
   * True when a reader fed these bytes yields exactly this frame (command, headers, body): no string holds a lone
   * surrogate (UTF-8 would turn it into U+FFFD), and the unescaped CONNECT/CONNECTED lines hold no EOL or name colon.
   */
  readonly clean: boolean;
  #built: WireMessage | undefined;
  constructor(
    readonly command: StompCommand,
    readonly headers: readonly StompHeader[],
    readonly body: string,
    /** `utf8Length(body)`. */
    bodyBytes: number,
    private readonly mask: Uint8Array | undefined,
  ) {
    this.frameBytes = stompFrameBytes(command, headers, bodyBytes);
    this.headerBytes = wsHeaderBytes(this.frameBytes, mask !== undefined) + this.frameBytes - bodyBytes;
    this.payloadBytes = bodyBytes;
    // An ASCII body (as long in bytes as in code units) has no surrogate to lose.
    this.clean = (bodyBytes === body.length || roundTripsUtf8(body)) && readsBack(command, headers);
  }
  /** The exact wire bytes: the WebSocket header, then the STOMP frame (masked when a client sends). */
  get bytes(): Uint8Array {
    return this.built().bytes;
  }
  /** The WebSocket frame's fields. */
  get fields(): readonly Field[] {
    return this.built().fields;
  }
  /** The WebSocket layer over all the bytes, the STOMP layer over the payload. */
  get layers(): readonly TransferLayer[] | undefined {
    return this.built().layers;
  }
  private built(): WireMessage {
    if (this.#built === undefined) {
      const inner = encodeStompFrame({ command: this.command, headers: this.headers, body: encodeUtf8(this.body) });
      this.#built = wrap(inner.bytes, inner.fields, inner.overheadBytes, this.mask);
    }
    return this.#built;
  }
}

/** A heart-beat — one bare LF, the whole payload of a text frame — with its bytes and fields written on first read. */
export class HeartBeatWire implements WireMessage {
  readonly kind = 'heart-beat';
  readonly headerBytes: number;
  readonly payloadBytes = 0;
  /** The LF. */
  readonly frameBytes = 1;
  #built: WireMessage | undefined;
  constructor(private readonly mask: Uint8Array | undefined) {
    this.headerBytes = wsHeaderBytes(1, mask !== undefined) + 1;
  }
  /** The exact wire bytes: the WebSocket header, then the LF (masked when a client sends). */
  get bytes(): Uint8Array {
    return this.built().bytes;
  }
  /** The WebSocket frame's fields. */
  get fields(): readonly Field[] {
    return this.built().fields;
  }
  /** The WebSocket layer over all the bytes, the heart-beat over the payload. */
  get layers(): readonly TransferLayer[] | undefined {
    return this.built().layers;
  }
  private built(): WireMessage {
    if (this.#built === undefined) {
      const beat = Uint8Array.of(LF);
      const fields: Field[] = [{ name: 'heart-beat', start: 0, end: beat.length, value: 'LF', meaning: HEARTBEAT_MEANING }];
      this.#built = wrap(beat, fields, beat.length, this.mask);
    }
    return this.#built;
  }
}

/** What a receiver may take instead of reading bytes: a STOMP frame or a heart-beat. */
export type StructuredWire = StompWire | HeartBeatWire;

/** True when every header of `command` parses back to itself (see `StompWire.clean`). */
function readsBack(command: StompCommand, headers: readonly StompHeader[]): boolean {
  const escaped = escapesHeaders(command, '1.2');
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i]!;
    const name = h.name;
    const value = h.value;
    if (name.length === 0 || !roundTripsUtf8(name) || !roundTripsUtf8(value)) return false;
    if (!escaped && (/[\r\n:]/.test(name) || /[\r\n]/.test(value))) return false;
  }
  return true;
}

/**
 * One STOMP frame in one WebSocket text frame, labelled for the diagram ("SEND /topic/prices"). `headers` become the
 * frame's (a body adds `content-length` to them): pass an array of your own, not one you keep.
 */
export function stompTransfer(command: StompCommand, headers: StompHeader[], body: string, masks: MaskSource | undefined): LabelledFrame {
  let label: string | undefined;
  for (let i = 0; i < headers.length; i++) if (headers[i]!.name === 'destination') { label = headers[i]!.value; break; }
  if (label === undefined) for (let i = 0; i < headers.length; i++) if (headers[i]!.name === 'receipt-id') { label = headers[i]!.value; break; }
  const bodyBytes = body.length === 0 ? 0 : utf8Length(body);
  if (bodyBytes > 0 && headerOf(headers, 'content-length') === undefined) headers.push({ name: 'content-length', value: String(bodyBytes) });
  return { message: new StompWire(command, headers, body, bodyBytes, masks?.next()), summary: label === undefined ? command : `${command} ${label}` };
}

/** A heart-beat: one bare LF, the whole payload of a text frame. */
export function heartBeatTransfer(masks: MaskSource | undefined): LabelledFrame {
  return { message: new HeartBeatWire(masks?.next()), summary: HEART_BEAT_SUMMARY };
}

const HEART_BEAT_SUMMARY = 'heart-beat (LF)';

/** Bytes that break the frame format on purpose: a SEND whose header line has no colon (STOMP 1.2 "STOMP Frames"). */
export function malformedTransfer(destination: string, masks: MaskSource): LabelledFrame {
  const text = encodeUtf8(`SEND\ndestination ${destination}\n\nhello\0`);
  // The layer still tiles its bytes: the command, then the unreadable rest as one field.
  const commandEnd = 'SEND\n'.length;
  const fields: Field[] = [
    { name: 'command', start: 0, end: commandEnd, value: 'SEND', meaning: 'stompfield.command.SEND' },
    { name: 'malformed', start: commandEnd, end: text.length, value: `destination ${destination}`, meaning: 'stompfield.malformed' },
  ];
  return { message: wrap(text, fields, text.length, masks.next()), summary: 'SEND · header without a colon' };
}
