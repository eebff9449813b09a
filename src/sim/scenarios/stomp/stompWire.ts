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

/**
 * `wrap` with the bytes written now (the receiver reads them) and both layers' fields built on first read:
 * a long session need not annotate every frame nobody opens in the inspector. It keeps only the wire bytes and
 * what the STOMP frame was made of (the body as text), and yields the same bytes and fields as `wrap`.
 */
class LazyStompWire implements WireMessage {
  readonly bytes: Uint8Array;
  readonly headerBytes: number;
  readonly payloadBytes: number;
  #built: WireMessage | undefined;
  constructor(
    private readonly command: StompCommand,
    private readonly headers: readonly StompHeader[],
    private readonly body: string,
    private readonly mask: Uint8Array | undefined,
  ) {
    const inner = encodeStompFrame({ command, headers, body: encodeUtf8(body) }, { annotate: false });
    const ws = encodeFrame({ opcode: OPCODE_TEXT, payload: inner.bytes, maskingKey: mask });
    this.bytes = ws.bytes;
    this.headerBytes = ws.headerBytes + inner.overheadBytes;
    this.payloadBytes = inner.bytes.length - inner.overheadBytes;
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

/** One STOMP frame in one WebSocket text frame, labelled for the diagram ("SEND /topic/prices"). */
export function stompTransfer(command: StompCommand, headers: readonly StompHeader[], body: string, masks: MaskSource | undefined): LabelledFrame {
  let label: string | undefined;
  for (const h of headers) if (h.name === 'destination') { label = h.value; break; }
  if (label === undefined) for (const h of headers) if (h.name === 'receipt-id') { label = h.value; break; }
  return { message: new LazyStompWire(command, headers, body, masks?.next()), summary: label === undefined ? command : `${command} ${label}` };
}

/** A heart-beat: one bare LF, the whole payload of a text frame. */
export function heartBeatTransfer(masks: MaskSource | undefined): LabelledFrame {
  // Built per call, not at module load: a top-level call would keep this module in every island that imports the sim.
  const beat = Uint8Array.of(LF);
  const fields: Field[] = [{ name: 'heart-beat', start: 0, end: beat.length, value: 'LF', meaning: HEARTBEAT_MEANING }];
  return { message: wrap(beat, fields, beat.length, masks?.next()), summary: 'heart-beat (LF)' };
}

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
