/**
 * The bytes of a simulated WebSocket session: the upgrade request a browser
 * sends (with the scenario's header set), the server's 101 or refusal, frames
 * both ways (client frames masked with seeded keys, RFC 6455 §5.3). The TCP
 * segments come from the shared model in `tcp/`. Every size the timeline shows is the length
 * of bytes written here by the project's codecs.
 */
import { encodeUtf8, encodeUtf8Into } from '../bytes/utf8';
import type { Prng } from '../engine/createPrng';
import { defaultRequestHeaders } from '../http/defaultRequestHeaders';
import { serializeRequest } from '../http/serializeRequest';
import type { EncodedMessage, HttpHeader, HttpRequest } from '../http/types';
import type { DeferredMessage, WireMessage } from '../timeline/timelineBuilder';
import type { Field } from '../timeline/types';
import { encodeBase64 } from '../ws/base64';
import { buildHandshakeRejection } from '../ws/buildHandshakeRejection';
import { buildHandshakeRequest } from '../ws/buildHandshakeRequest';
import { buildHandshakeResponse } from '../ws/buildHandshakeResponse';
import { encodeClosePayload } from '../ws/closePayload';
import { encodeFrame, type FrameInput } from '../ws/encodeFrame';
import { fragmentMessage } from '../ws/fragmentMessage';
import { withHandshakeMeanings } from '../ws/handshakeFields';
import { H_CONNECTION, H_UPGRADE } from '../ws/handshakeConstants';
import type { HandshakeRequestFailure } from '../ws/handshakeTypes';
import { OPCODE_CLOSE, OPCODE_PING, OPCODE_PONG, OPCODE_TEXT, type DataOpcode } from '../ws/opcodes';
import type { MessageDeflater } from '../ws/permessageDeflate/messageDeflater';
import type { InflatedText } from '../ws/permessageDeflate/messageInflater';
import type { HeaderSet } from './scenarioParams';
import { utf8ByteLength } from './utf8ByteLength';

/** The simulated site. */
export const WS_HOST = 'example.com';
export const WS_PATH = '/chat';
const KEY_BYTES = 16;
const MASK_BYTES = 4;
// An overlong encoding of "/" (RFC 3629 §3 forbids it): what the invalid-UTF-8 fault writes into a text message.
const OVERLONG_SLASH = [0xc0, 0xaf];

/** A message ready for the timeline, with the label the diagram shows. */
export interface LabelledFrame {
  readonly message: WireMessage | DeferredFrame | VouchedFrame;
  readonly summary: string;
}

/**
 * A frame whose wire bytes are written at once (the receiving side reads them) and whose annotation is built
 * only when the inspector asks: a 10,000-event session need not annotate 10,000 frames nobody opens.
 * An unmasked frame keeps only its wire bytes (its payload is their tail); a masked one also keeps its input,
 * whose payload is the unmasked text.
 */
export class DeferredFrame implements DeferredMessage {
  readonly headerBytes: number;
  readonly payloadBytes: number;
  /** The frame's bytes on the wire (the same bytes `encode` returns). */
  readonly wire: Uint8Array;
  readonly #input: FrameInput;
  constructor(input: FrameInput) {
    const { bytes, headerBytes, payloadBytes } = encodeFrame(input);
    this.wire = bytes;
    this.headerBytes = headerBytes;
    this.payloadBytes = payloadBytes;
    // Unmasked, the payload is on the wire as is: keep the flags, not a second copy of it.
    this.#input = input.maskingKey === undefined
      ? { opcode: input.opcode, payload: EMPTY, fin: input.fin, rsv1: input.rsv1, rsv2: input.rsv2, rsv3: input.rsv3 }
      : input;
  }
  /** The codec's bytes with their fields. */
  encode(): { bytes: Uint8Array; fields: Field[] } {
    const input = this.#input;
    const frame = input.maskingKey === undefined ? { ...input, payload: this.wire.subarray(this.headerBytes) } : input;
    const { bytes, fields = [] } = encodeFrame(frame, { annotate: true });
    return { bytes, fields };
  }
}

const EMPTY = /*#__PURE__*/ new Uint8Array(0);
// Largest payloads of the 7-bit and 16-bit length forms (RFC 6455 §5.2).
const MAX_LEN_7 = 125;
const MAX_LEN_16 = 0xffff;

/**
 * A server's message in one unmasked final frame that nothing on the scenario's path alters (no fault touches it):
 * its sizes are known without writing it — header by §5.2's shortest length form, payload the text's UTF-8 length or
 * the compressed bytes' — and its bytes are written on first read. The receiving client takes it as the message it is
 * (`MessageReader.skipVouchedMessage`) and reads `wire` only where its reader cannot vouch for it.
 */
export class VouchedFrame implements DeferredMessage {
  readonly headerBytes: number;
  readonly payloadBytes: number;
  // Every field is set in the constructor, in one order: one object shape for every frame, however it was made.
  /** Compressed: where the payload starts in `payload` (a chunk it may share with other frames). */
  private start: number;
  private inflatedCopy: Uint8Array | undefined;
  /** Compressed, from `deflatedText`: the message's text, whose UTF-8 is what the payload inflates to. */
  private text: string | undefined;
  /** The length of what a compressed payload inflates to (0 when not compressed). */
  inflatedBytes: number;
  /**
   * `payload`: the text, or (compressed, RSV1 set) the permessage-deflate payload, with `inflated` the bytes it
   * inflates to; `opcode` text or binary.
   */
  constructor(readonly opcode: DataOpcode, private readonly payload: string | Uint8Array, inflated?: Uint8Array, payloadBytes?: number) {
    const length = payloadBytes ?? (typeof payload === 'string' ? utf8ByteLength(payload) : payload.length);
    this.payloadBytes = length;
    this.headerBytes = 2 + (length <= MAX_LEN_7 ? 0 : length <= MAX_LEN_16 ? 2 : 8);
    this.start = 0;
    this.inflatedCopy = inflated;
    this.text = undefined;
    this.inflatedBytes = inflated === undefined ? 0 : inflated.length;
  }
  /**
   * A compressed message whose payload is `chunk[start, start + length)` (a buffer shared with other frames: no array
   * per message) and inflates to the `textBytes` bytes of `text` as UTF-8.
   */
  static deflatedText(opcode: DataOpcode, chunk: Uint8Array, start: number, length: number, text: string, textBytes: number): VouchedFrame {
    const frame = new VouchedFrame(opcode, chunk, undefined, length);
    frame.start = start;
    frame.text = text;
    frame.inflatedBytes = textBytes;
    return frame;
  }
  /** The message's text when `deflatedText` made it (see `InflatedText`). */
  get inflatedText(): string {
    return this.text ?? '';
  }
  /** Compressed: what the payload inflates to (its bytes, or this frame standing for its text); else undefined. */
  get inflated(): Uint8Array | InflatedText | undefined {
    return this.inflatedCopy ?? (this.text === undefined ? undefined : this);
  }
  private input(): FrameInput {
    const { payload } = this;
    const bytes = typeof payload === 'string' ? encodeUtf8(payload) : payload.subarray(this.start, this.start + this.payloadBytes);
    return { opcode: this.opcode, payload: bytes, rsv1: this.inflatedCopy !== undefined || this.text !== undefined };
  }
  /** The frame's bytes on the wire. */
  get wire(): Uint8Array {
    return encodeFrame(this.input()).bytes;
  }
  /** The codec's bytes with their fields. */
  encode(): { bytes: Uint8Array; fields: Field[] } {
    const { bytes, fields = [] } = encodeFrame(this.input(), { annotate: true });
    return { bytes, fields };
  }
}

/** One unmasked text frame carrying `text` (a server's message that needs no fragmenting, no compression, and no fault alters). */
export function serverTextFrame(text: string): LabelledFrame {
  return { message: new VouchedFrame(OPCODE_TEXT, text), summary: OPCODE_LABEL[OPCODE_TEXT]! };
}

/**
 * What the browser's upgrade request looks like for a header set. The browser model writes Chromium's upgrade
 * (its order, its permessage-deflate offer, which this server declines by leaving it out of the 101, RFC 7692 §5,
 * unless the compression knob accepts it)
 * from a page on http://example.com, or https:// for wss (a trustworthy origin: Accept-Encoding offers br, zstd).
 */
export function upgradeRequest(headerSet: HeaderSet, key: string, secure: boolean): EncodedMessage & { readonly request: HttpRequest } {
  if (headerSet.kind === 'custom') {
    const host = headerSet.headers.find((h) => h.name.toLowerCase() === 'host')?.value ?? WS_HOST;
    const rest = headerSet.headers.filter((h) => h.name.toLowerCase() !== 'host');
    return buildHandshakeRequest({ host, path: WS_PATH, key, headers: rest });
  }
  const options = headerSet.options ?? {};
  const pageOrigin = options.pageOrigin ?? `${secure ? 'https' : 'http'}://${WS_HOST}`;
  const headers = defaultRequestHeaders(WS_HOST, { ...options, kind: 'websocket', pageOrigin, webSocketKey: key });
  const request: HttpRequest = { method: 'GET', target: WS_PATH, headers };
  const encoded = serializeRequest(request);
  return { ...encoded, fields: withHandshakeMeanings(encoded.fields), request };
}

/**
 * The request as a proxy that does not understand Upgrade forwards it: Connection and every header it names are
 * hop-by-hop and removed (RFC 9110 §7.6.1), so Upgrade goes too.
 */
export function strippedRequest(request: HttpRequest): EncodedMessage & { readonly request: HttpRequest } {
  const hopByHop = new Set([H_CONNECTION.toLowerCase(), H_UPGRADE.toLowerCase()]);
  const stripped: HttpRequest = { ...request, headers: request.headers.filter((h) => !hopByHop.has(h.name.toLowerCase())) };
  return { ...serializeRequest(stripped), request: stripped };
}

/** The 101 answer to `key`, accepting the extensions given (each as its header value, e.g. "permessage-deflate"). */
export function switchingProtocols(key: string, extensions: readonly string[] = []): EncodedMessage {
  return buildHandshakeResponse({ key, extensions });
}

/** The refusal a server sends for `failure`. */
export function refusal(failure: HandshakeRequestFailure): EncodedMessage {
  return buildHandshakeRejection(failure);
}

/** A fresh Sec-WebSocket-Key: base64 of 16 bytes from `prng` (RFC 6455 §4.1 item 7). */
export function handshakeKey(prng: Prng): string {
  const bytes = new Uint8Array(KEY_BYTES);
  for (let i = 0; i < KEY_BYTES; i++) bytes[i] = prng.nextInt(0, 256);
  return encodeBase64(bytes);
}

/** Draws 4-byte masking keys from a seeded stream (a browser uses a strong random source; §5.3). */
export class MaskSource {
  constructor(private readonly prng: Prng) {}
  /** The next masking key. */
  next(): Uint8Array {
    const key = new Uint8Array(MASK_BYTES);
    for (let i = 0; i < MASK_BYTES; i++) key[i] = this.prng.nextInt(0, 256);
    return key;
  }
}

const OPCODE_LABEL: Readonly<Record<number, string>> = { 0: 'Continuation', 1: 'Text', 2: 'Binary', 8: 'Close', 9: 'Ping', 10: 'Pong' };

/** How a data message is sent. */
export interface DataMessageOptions {
  /** Mask every frame with keys from this source (client frames), or not (server frames). */
  readonly masks?: MaskSource;
  /** Largest payload per frame; Infinity for one frame. */
  readonly fragmentBytes: number;
  /** What the diagram adds to the label of a frame the scenario broke on purpose. */
  readonly note?: string;
  /**
   * permessage-deflate was agreed: the whole message is compressed with this end's deflater (its context advances),
   * then framed; RSV1 marks the first frame only (RFC 7692 §6).
   */
  readonly deflater?: MessageDeflater;
}

// "Text · deflate 64→48 B" by opcode and sizes: a long session repeats a few labels thousands of times.
const deflatedLabels = new Map<number, string>();
const LABEL_KEY_SIZES = 2 ** 24;
const MAX_SHARED_LABELS = 4096;

/** The label of a whole compressed message in one frame, shared between messages of the same sizes. */
function deflatedLabel(opcode: DataOpcode, plain: number, compressed: number): string {
  if (plain >= LABEL_KEY_SIZES || compressed >= LABEL_KEY_SIZES) return `${OPCODE_LABEL[opcode]} · deflate ${plain}→${compressed} B`;
  const key = (opcode * LABEL_KEY_SIZES + plain) * LABEL_KEY_SIZES + compressed;
  let label = deflatedLabels.get(key);
  if (label === undefined) {
    label = `${OPCODE_LABEL[opcode]} · deflate ${plain}→${compressed} B`;
    // Bounded: sizes that vary without end just stop being shared.
    if (deflatedLabels.size >= MAX_SHARED_LABELS) deflatedLabels.clear();
    deflatedLabels.set(key, label);
  }
  return label;
}

/** Frames one data message (RFC 6455 §5.4), annotated, labelled "Text", or "Text (1/3)", "Continuation (2/3)" … */
export function dataFrames(payload: Uint8Array, opcode: DataOpcode, options: DataMessageOptions): LabelledFrame[] {
  const masks = options.masks;
  const deflated = options.deflater !== undefined;
  const wire = options.deflater ? options.deflater.compress(payload) : payload;
  // The common case, one frame: no fragment views to cut. A compressed server message nothing breaks is vouched for.
  if (deflated && masks === undefined && options.note === undefined && wire.length <= options.fragmentBytes) {
    return [{ message: new VouchedFrame(opcode, wire, payload), summary: deflatedLabel(opcode, payload.length, wire.length) }];
  }
  return wireFrames(wire, payload.length, opcode, options);
}

// A server's compressed messages: the text is encoded into `utf8Scratch` for the deflater, and each compressed payload
// copied into a chunk shared by many frames, so a message leaves no arrays of its own behind (a third of a long
// session's build was collecting them).
let utf8Scratch = new Uint8Array(1024);
const PAYLOAD_CHUNK_BYTES = 64 * 1024;
/** A payload above this gets a chunk of its own (a shared chunk is never left mostly empty). */
const MAX_SHARED_PAYLOAD = PAYLOAD_CHUNK_BYTES / 16;
let payloadChunk = new Uint8Array(PAYLOAD_CHUNK_BYTES);
let payloadChunkUsed = 0;

/**
 * A server's text message, compressed with `deflater` (its context advances) and framed as `dataFrames` frames it:
 * one frame is a VouchedFrame that keeps the text and its compressed bytes in a shared chunk; fragments are framed at once.
 */
export function deflatedServerText(text: string, deflater: MessageDeflater, fragmentBytes: number): LabelledFrame[] {
  if (utf8Scratch.length < 3 * text.length) utf8Scratch = new Uint8Array(Math.max(3 * text.length, 2 * utf8Scratch.length));
  const plainBytes = encodeUtf8Into(text, utf8Scratch, 0);
  const n = deflater.compressInPlace(utf8Scratch, plainBytes);
  const output = deflater.output;
  if (n > fragmentBytes) return wireFrames(output.slice(0, n), plainBytes, OPCODE_TEXT, { fragmentBytes, deflater });
  let chunk: Uint8Array;
  let start = 0;
  if (n > MAX_SHARED_PAYLOAD) chunk = output.slice(0, n);
  else {
    if (payloadChunkUsed + n > PAYLOAD_CHUNK_BYTES) {
      payloadChunk = new Uint8Array(PAYLOAD_CHUNK_BYTES);
      payloadChunkUsed = 0;
    }
    chunk = payloadChunk;
    start = payloadChunkUsed;
    for (let i = 0; i < n; i++) chunk[start + i] = output[i]!;
    payloadChunkUsed += n;
  }
  return [{ message: VouchedFrame.deflatedText(OPCODE_TEXT, chunk, start, n, text, plainBytes), summary: deflatedLabel(OPCODE_TEXT, plainBytes, n) }];
}

/** `wire` (the payload as sent: compressed when `options.deflater` is set, from `plainBytes` bytes) framed by `dataFrames`' rules, past its vouched case. */
function wireFrames(wire: Uint8Array, plainBytes: number, opcode: DataOpcode, options: DataMessageOptions): LabelledFrame[] {
  const masks = options.masks;
  const deflated = options.deflater !== undefined;
  const note = (deflated ? ` · deflate ${plainBytes}→${wire.length} B` : '') + (options.note ? ` · ${options.note}` : '');
  if (wire.length <= options.fragmentBytes) {
    return [{ message: new DeferredFrame({ opcode, payload: wire, rsv1: deflated, maskingKey: masks?.next() }), summary: OPCODE_LABEL[opcode] + note }];
  }
  const frames = fragmentMessage(wire, opcode, options.fragmentBytes, masks ? () => masks.next() : undefined);
  return frames.map((frame, i) => ({ message: new DeferredFrame({ ...frame, rsv1: deflated && i === 0 }), summary: `${OPCODE_LABEL[frame.opcode]} (${i + 1}/${frames.length})${note}` }));
}

/** A server frame that breaks §5.1 on purpose: masked although servers must never mask. */
export function maskedServerFrames(payload: Uint8Array, masks: MaskSource, fragmentBytes: number, deflater?: MessageDeflater): LabelledFrame[] {
  return dataFrames(payload, OPCODE_TEXT, { masks, fragmentBytes, note: 'masked!', ...(deflater ? { deflater } : {}) });
}

/** The same text with two bytes overwritten by an overlong (invalid) UTF-8 sequence, same length. */
export function corruptUtf8(payload: Uint8Array): Uint8Array {
  const out = Uint8Array.from(payload);
  const at = Math.max(0, Math.floor(out.length / 2) - 1);
  for (let i = 0; i < OVERLONG_SLASH.length && at + i < out.length; i++) out[at + i] = OVERLONG_SLASH[i]!;
  return out;
}

/** A ping, pong or close frame (control frames are never fragmented, §5.5). */
export function controlFrame(kind: 'ping' | 'pong', payload: Uint8Array, mask?: Uint8Array): LabelledFrame;
/** A Close without a code has an empty body (§5.5.1). */
export function controlFrame(kind: 'close', payload: { code: number | undefined; reason: string }, mask?: Uint8Array): LabelledFrame;
export function controlFrame(kind: 'ping' | 'pong' | 'close', payload: Uint8Array | { code: number | undefined; reason: string }, mask?: Uint8Array): LabelledFrame {
  const opcode = kind === 'ping' ? OPCODE_PING : kind === 'pong' ? OPCODE_PONG : OPCODE_CLOSE;
  const body = payload instanceof Uint8Array ? payload : encodeClosePayload(payload.code, payload.reason);
  const summary = payload instanceof Uint8Array || payload.code === undefined ? OPCODE_LABEL[opcode]! : `Close ${payload.code}`;
  return { message: new DeferredFrame({ opcode, payload: body, maskingKey: mask }), summary };
}
