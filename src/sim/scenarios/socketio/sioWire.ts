/**
 * The bytes of a simulated Socket.IO session, every one written by the
 * project's codecs: engine.io packets (with Socket.IO packets inside) as the
 * body of an HTTP long-poll request or response, or as one WebSocket frame
 * each; the WebSocket upgrade with the session id; engine.io's HTTP errors.
 * Each message carries its layers (DESIGN §3a): HTTP or WebSocket, then
 * engine.io, then Socket.IO, over the same bytes. The polls, POSTs, poll
 * answers and packet frames of a session are written on first read: their
 * sizes are counted exactly without writing them.
 */
import { encodeUtf8 } from '../../bytes/utf8';
import { encodeEngineIoPacket } from '../../engineio/encodePacket';
import { encodeEngineIoPayload } from '../../engineio/encodePayload';
import { encodeEngineIoHttpError, type EngineIoHttpError } from '../../engineio/handshakeErrors';
import { packetTypeDigit, packetTypeOfByte } from '../../engineio/packetTypes';
import type { Prng } from '../../engine/createPrng';
import type { EngineIoPacket } from '../../engineio/types';
import { defaultRequestHeaders } from '../../http/defaultRequestHeaders';
import { reasonPhrase } from '../../http/reasonPhrase';
import { serializeRequest } from '../../http/serializeRequest';
import { serializeResponse } from '../../http/serializeResponse';
import type { EncodedMessage, HttpHeader } from '../../http/types';
import { withContentLength } from '../../http/withContentLength';
import { socketIoLayers } from '../../socketio/socketIoLayers';
import { shiftFields } from '../../timeline/layerTiling';
import type { LabelledMessage, WireMessage } from '../../timeline/timelineBuilder';
import type { Field, TransferLayer } from '../../timeline/types';
import { buildHandshakeRequest } from '../../ws/buildHandshakeRequest';
import { buildHandshakeResponse } from '../../ws/buildHandshakeResponse';
import { encodeFrame } from '../../ws/encodeFrame';
import { OPCODE_CLOSE, OPCODE_TEXT } from '../../ws/opcodes';
import { utf8ByteLength } from '../utf8ByteLength';
import { DeferredWireMessage, type LayeredBytes } from '../deferredWireMessage';
import { idWordsText, randomIdWord } from './randomId';
import { ackLabel, CountedSioPacket, SioAckPacket, SioMessagePacket, SioTickPacket, tickTextLength } from './sioMessagePacket';
import type { HeaderSet } from '../scenarioParams';

/** The simulated site and engine.io's default path. */
export const SIO_HOST = 'example.com';
export const SIO_PATH = '/socket.io/';
const ORIGIN = `http://${SIO_HOST}`;
// What XMLHttpRequest.send(string) labels a body, and what engine.io answers with.
const TEXT_PLAIN_REQUEST = 'text/plain;charset=UTF-8';
const TEXT_PLAIN = 'text/plain; charset=UTF-8';
// Pure: a top-level call Rollup cannot prove free of effects would keep this module (and the codecs it imports) in every page that imports the simulator.
const OK_BODY = /*#__PURE__*/ encodeUtf8('ok');

/**
 * A message for the timeline, the label the diagram shows, and what the receiver acts on. A message of the
 * browser model or of a node carries what its sender wrote (`packets`, `status`, `poll`) and the receiver takes
 * that instead of parsing the bytes again: in this scenario nothing alters bytes on the way (a lost message never
 * arrives, the proxy's 504 is a message of its own). `runSocketIo.test.ts` feeds every transfer's bytes to the
 * readers and checks they yield the same. Where a field is absent (custom request headers, which may not parse;
 * the WebSocket upgrade) the receiver reads the bytes.
 */
export interface SioMessage {
  readonly message: WireMessage;
  readonly summary: string;
  /** The engine.io packets: an HTTP body's payload, or a WebSocket message's one packet; undefined when there are none. */
  readonly packets: readonly EngineIoPacket[] | undefined;
  /** A response's status code. */
  readonly status: number | undefined;
  /** A polling request written from the browser model: its method and session id (none: the handshake). */
  readonly poll: SioPollRequest | undefined;
}

/** What a node reads from a polling request's head. */
export interface SioPollRequest {
  readonly method: 'GET' | 'POST';
  readonly sid: string | undefined;
}

/** A message with every field set (one object shape for all of them). */
function sioMessage(message: WireMessage, summary: string, packets: readonly EngineIoPacket[] | undefined, status: number | undefined, poll: SioPollRequest | undefined): SioMessage {
  return { message, summary, packets, status, poll };
}

let pollingTargetBytes = -1;
const CACHE_BUSTER_PREFIX = '&t='.length;
const SID_PREFIX = '&sid='.length;

/** The UTF-8 length of sioTarget('polling', sid, cacheBuster) without writing it. */
function pollingTargetLength(sid: string | undefined, cacheBuster: string): number {
  if (pollingTargetBytes < 0) pollingTargetBytes = utf8ByteLength(sioTarget('polling', undefined, undefined));
  return pollingTargetBytes + CACHE_BUSTER_PREFIX + utf8ByteLength(cacheBuster) + (sid === undefined ? 0 : SID_PREFIX + utf8ByteLength(sid));
}

/** The request target of a polling or WebSocket request. */
export function sioTarget(transport: 'polling' | 'websocket', sid: string | undefined, cacheBuster: string | undefined): string {
  let target = `${SIO_PATH}?EIO=4&transport=${transport}`;
  if (cacheBuster !== undefined) target += `&t=${cacheBuster}`;
  if (sid !== undefined) target += `&sid=${sid}`;
  return target;
}

function browserHeaders(headerSet: HeaderSet, extra: readonly HttpHeader[]): HttpHeader[] {
  if (headerSet.kind === 'custom') return [...headerSet.headers, ...extra];
  const options = headerSet.options ?? {};
  return defaultRequestHeaders(SIO_HOST, { ...options, referer: `${ORIGIN}/`, extra: [...(options.extra ?? []), ...extra] });
}

/** A header set's request headers, written once per run rather than once per request. */
interface RequestHeads {
  readonly get: readonly HttpHeader[];
  /** The POST's headers without Content-Length (withContentLength adds it per body). */
  readonly post: readonly HttpHeader[];
  /** The codec's head length for an empty target: the target's bytes add to it (a POST's with a 1-digit length). */
  readonly getHeadBase: number;
  readonly postHeadBase: number;
}

// Keyed by the params' header set object: a run asks for the same set thousands of times.
const headsBySet = /*#__PURE__*/ new WeakMap<HeaderSet, RequestHeads>();
const EMPTY = /*#__PURE__*/ new Uint8Array(0);

function requestHeads(headerSet: HeaderSet): RequestHeads {
  let heads = headsBySet.get(headerSet);
  if (heads === undefined) {
    const get = browserHeaders(headerSet, []);
    const post = browserHeaders(headerSet, [{ name: 'Content-Type', value: TEXT_PLAIN_REQUEST }, { name: 'Origin', value: ORIGIN }]);
    heads = {
      get, post,
      getHeadBase: serializeRequest({ method: 'GET', target: '', headers: get }).headerBytes,
      postHeadBase: serializeRequest({ method: 'POST', target: '', headers: withContentLength(post, EMPTY) }).headerBytes,
    };
    headsBySet.set(headerSet, heads);
  }
  return heads;
}

/** Decimal digits of a non-negative integer: what Content-Length's value adds to a head. */
function digits(n: number): number {
  let count = 1;
  while (n >= 10) {
    n = Math.floor(n / 10);
    count++;
  }
  return count;
}

/**
 * What every poll and POST of one session shares (its header set's heads, its sid, their lengths): made once per
 * session, not per request, and kept by each request instead of its headers and sid.
 */
class SessionPolls {
  /** A GET's head length but for its cache buster's bytes ("&t=" counted). */
  readonly getHeadBase: number;
  /** A POST's head length but for its cache buster's and its Content-Length value's bytes. */
  readonly postHeadBase: number;
  /** What a node reads from the head (undefined for a custom header set: the reader's own text, which may not parse: the node reads those bytes). */
  readonly getPoll: SioPollRequest | undefined;
  readonly postPoll: SioPollRequest | undefined;
  constructor(readonly headerSet: HeaderSet, readonly heads: RequestHeads, readonly sid: string | undefined) {
    const target = pollingTargetLength(sid, '');
    this.getHeadBase = heads.getHeadBase + target;
    // The base was measured with "Content-Length: 0": one digit.
    this.postHeadBase = heads.postHeadBase - 1 + target;
    const browser = headerSet.kind === 'browser';
    this.getPoll = browser ? { method: 'GET', sid } : undefined;
    this.postPoll = browser ? { method: 'POST', sid } : undefined;
  }
}

// The last one made is handed out again while the header set and sid are the same (one per session, not per request).
let lastPolls: SessionPolls | undefined;
function sessionPolls(headerSet: HeaderSet, sid: string | undefined): SessionPolls {
  if (lastPolls !== undefined && lastPolls.headerSet === headerSet && lastPolls.sid === sid) return lastPolls;
  return (lastPolls = new SessionPolls(headerSet, requestHeads(headerSet), sid));
}

/**
 * A polling message that is its own SioMessage (no second object per request or answer): its sizes are counted
 * exactly from what it keeps, its label is written when the driver asks for it (once, for the timeline), its
 * bytes, fields and layers by the codecs on first read.
 */
abstract class DeferredPollingMessage extends DeferredWireMessage implements SioMessage {
  abstract get summary(): string;
  abstract get packets(): readonly EngineIoPacket[] | undefined;
  abstract get status(): number | undefined;
  abstract get poll(): SioPollRequest | undefined;
  get message(): WireMessage {
    return this;
  }
}

/** True for a message that is its own WireMessage and writes its label on first read (a poll, a POST, a poll's 200). */
export function labelsItself(msg: SioMessage): msg is SioMessage & LabelledMessage {
  return msg instanceof DeferredPollingMessage;
}

/** The length of engine.io-client's cache buster (the `t` query parameter): two words of `randomIdWord`. */
export const CACHE_BUSTER_LENGTH = 8;

/** A long-poll GET (or the handshake GET, without a sid); its cache buster is drawn from `prng` (as `randomId(prng, 8)`). */
export function pollRequest(headerSet: HeaderSet, sid: string | undefined, prng: Prng): SioMessage {
  const polls = sessionPolls(headerSet, sid);
  const high = randomIdWord(prng);
  return new DeferredPollRequest(polls, high, randomIdWord(prng));
}

/** A POST carrying `packets` as a payload; its cache buster is drawn from `prng`. */
export function postRequest(headerSet: HeaderSet, sid: string, prng: Prng, packets: readonly EngineIoPacket[]): SioMessage {
  const polls = sessionPolls(headerSet, sid);
  const high = randomIdWord(prng);
  return new DeferredPostRequest(polls, high, randomIdWord(prng), keep(packets), payloadLength(packets));
}

let pollResponseHeadBase = -1;

/** 200 with `packets` as the body of a poll. */
export function pollResponse(packets: readonly EngineIoPacket[]): SioMessage {
  if (pollResponseHeadBase < 0) pollResponseHeadBase = writePollResponse(EMPTY).headerBytes - 1;
  const only = packets.length === 1 ? packets[0] : undefined;
  if (only instanceof SioMessagePacket && only.sio instanceof SioTickPacket) return new DeferredTickAnswer(only.sio.id, only.sio.payload);
  return new DeferredPollResponse(keep(packets), payloadLength(packets));
}

let ok: SioMessage | undefined;

/** 200 "ok": engine.io's answer to every accepted POST (one shared message: every one is alike). */
export function okResponse(): SioMessage {
  if (ok === undefined) {
    const written = writeOk();
    ok = sioMessage({ ...written, layers: [{ protocol: 'http', range: [0, written.bytes.length], fields: written.fields }] }, '200 ok', undefined, 200, undefined);
  }
  return ok;
}

function writeOk(): EncodedMessage {
  return serializeResponse({ status: 200, headers: withContentLength([{ name: 'Content-Type', value: 'text/html' }], OK_BODY), body: OK_BODY });
}

function writePollResponse(body: Uint8Array): EncodedMessage {
  return serializeResponse({ status: 200, headers: withContentLength([{ name: 'Content-Type', value: TEXT_PLAIN }], body), body });
}

/** The layers of an HTTP message whose body starts at `bodyStart`: engine.io, then Socket.IO packets. */
function bodyLayers(body: Uint8Array, bodyStart: number): TransferLayer[] {
  const read = socketIoLayers(body, { transport: 'polling' });
  if (!read.ok || body.length === 0) return [];
  return read.layers.map((l) => ({ protocol: l.protocol, range: [l.range[0] + bodyStart, l.range[1] + bodyStart] as const, fields: shiftFields(l.fields, bodyStart) }));
}

/** An HTTP message's layers: HTTP over all of it, then the body's engine.io and Socket.IO packets. */
function httpLayers(encoded: EncodedMessage, body: Uint8Array | undefined): LayeredBytes {
  const http: TransferLayer = { protocol: 'http', range: [0, encoded.bytes.length], fields: encoded.fields };
  return { bytes: encoded.bytes, fields: encoded.fields, layers: body === undefined ? [http] : [http, ...bodyLayers(body, encoded.bytes.length - body.length)] };
}

/**
 * The long-poll GET, written by the codec on first read. Its cache buster is kept as two words of `randomIdWord`
 * (small integers, not a string per request) and written with the request.
 */
class DeferredPollRequest extends DeferredPollingMessage {
  constructor(private readonly polls: SessionPolls, private readonly busterHigh: number, private readonly busterLow: number) {
    super();
  }
  get headerBytes(): number {
    return this.polls.getHeadBase + CACHE_BUSTER_LENGTH;
  }
  get payloadBytes(): number {
    return 0;
  }
  get summary(): string {
    return this.polls.sid === undefined ? 'GET polling (handshake)' : 'GET polling';
  }
  get packets(): undefined {
    return undefined;
  }
  get status(): undefined {
    return undefined;
  }
  get poll(): SioPollRequest | undefined {
    return this.polls.getPoll;
  }
  protected write(): LayeredBytes {
    const target = sioTarget('polling', this.polls.sid, idWordsText(this.busterHigh, this.busterLow));
    return httpLayers(serializeRequest({ method: 'GET', target, headers: this.polls.heads.get }), undefined);
  }
}

/** A POST of a payload, written by the codecs on first read (its cache buster kept as the GET's is). */
class DeferredPostRequest extends DeferredPollingMessage {
  constructor(
    private readonly polls: SessionPolls, private readonly busterHigh: number, private readonly busterLow: number,
    private readonly kept: KeptPackets, readonly payloadBytes: number,
  ) {
    super();
  }
  get headerBytes(): number {
    return this.polls.postHeadBase + digits(this.payloadBytes) + CACHE_BUSTER_LENGTH;
  }
  get summary(): string {
    return keptSummary('POST ', this.kept);
  }
  /** The packets as the client wrote them (a kept tick or ACK in a message packet made anew). */
  get packets(): readonly EngineIoPacket[] {
    return kept(this.kept);
  }
  get status(): undefined {
    return undefined;
  }
  get poll(): SioPollRequest | undefined {
    return this.polls.postPoll;
  }
  protected write(): LayeredBytes {
    const body = encodeEngineIoPayload(kept(this.kept)).bytes;
    const target = sioTarget('polling', this.polls.sid, idWordsText(this.busterHigh, this.busterLow));
    return httpLayers(serializeRequest({ method: 'POST', target, headers: withContentLength(this.polls.heads.post, body), body }), body);
  }
}

/** A poll's 200 with a payload, written by the codecs on first read. */
class DeferredPollResponse extends DeferredPollingMessage {
  constructor(private readonly kept: KeptPackets, readonly payloadBytes: number) {
    super();
  }
  get headerBytes(): number {
    return pollResponseHeadBase + digits(this.payloadBytes);
  }
  get summary(): string {
    return keptSummary('200 ', this.kept);
  }
  /** The packets as the node wrote them (a kept tick or ACK in a message packet made anew). */
  get packets(): readonly EngineIoPacket[] {
    return kept(this.kept);
  }
  get status(): number {
    return 200;
  }
  get poll(): undefined {
    return undefined;
  }
  protected write(): LayeredBytes {
    const body = encodeEngineIoPayload(kept(this.kept)).bytes;
    return httpLayers(writePollResponse(body), body);
  }
}

/** A poll's 200 with one tick, kept as the tick's ack id and payload (no tick packet of its own): written on first read. */
class DeferredTickAnswer extends DeferredPollingMessage {
  constructor(private readonly id: number | undefined, private readonly payload: string) {
    super();
  }
  get headerBytes(): number {
    return pollResponseHeadBase + digits(this.payloadBytes);
  }
  /** The payload of one message packet: its type digit, then the tick's text. */
  get payloadBytes(): number {
    return 1 + tickTextLength(this.id, this.payload);
  }
  get summary(): string {
    return this.tick().label('200 ');
  }
  /** The tick as the node wrote it, in a message packet made anew. */
  get packets(): readonly EngineIoPacket[] {
    return [new SioMessagePacket(this.tick())];
  }
  get status(): number {
    return 200;
  }
  get poll(): undefined {
    return undefined;
  }
  protected write(): LayeredBytes {
    const body = encodeEngineIoPayload(this.packets).bytes;
    return httpLayers(writePollResponse(body), body);
  }
  private tick(): SioTickPacket {
    return new SioTickPacket(this.id, this.payload);
  }
}

/** engine.io's JSON error answer, e.g. 400 {"code":1,"message":"Session ID unknown"}. */
export function errorResponse(error: EngineIoHttpError): SioMessage {
  const body = encodeEngineIoHttpError(error);
  const encoded = serializeResponse({ status: error.status, headers: withContentLength([{ name: 'Content-Type', value: 'application/json' }], body.bytes), body: body.bytes });
  const bodyStart = encoded.bytes.length - body.bytes.length;
  const layers: TransferLayer[] = [{ protocol: 'http', range: [0, encoded.bytes.length], fields: encoded.fields }];
  if (body.bytes.length > 0) layers.push({ protocol: 'engineio', range: [bodyStart, encoded.bytes.length], fields: shiftFields(body.fields, bodyStart) });
  return sioMessage({ ...encoded, layers }, `${error.status} ${error.message}`, undefined, error.status, undefined);
}

/** engine.io's refusal of an upgrade it cannot verify (abortUpgrade): 400, the message as text/html. */
export function upgradeAbort(message: string): SioMessage {
  const body = encodeUtf8(message);
  const encoded = serializeResponse({ status: 400, headers: withContentLength([{ name: 'Connection', value: 'close' }, { name: 'Content-type', value: 'text/html' }], body), body });
  return sioMessage({ ...encoded, layers: [{ protocol: 'http', range: [0, encoded.bytes.length], fields: encoded.fields }] }, `400 ${message}`, undefined, 400, undefined);
}

/** A plain HTTP status without a body (a refused upgrade, a proxy's 504). */
export function bareResponse(status: number, note: string): SioMessage {
  const encoded = serializeResponse({ status, headers: [{ name: 'Connection', value: 'close' }, { name: 'Content-Length', value: '0' }] });
  return sioMessage({ ...encoded, layers: [{ protocol: 'http', range: [0, encoded.bytes.length], fields: encoded.fields }] }, `${status} ${reasonPhrase(status)} · ${note}`, undefined, status, undefined);
}

/** The WebSocket upgrade request (with the sid when it upgrades a polling session). */
export function upgradeRequest(headerSet: HeaderSet, key: string, sid: string | undefined): SioMessage {
  const extra = headerSet.kind === 'custom' ? headerSet.headers.filter((h) => h.name.toLowerCase() !== 'host') : [];
  const encoded = buildHandshakeRequest({ host: SIO_HOST, path: sioTarget('websocket', sid, undefined), key, origin: ORIGIN, headers: extra });
  return sioMessage({ ...encoded, layers: [{ protocol: 'http', range: [0, encoded.bytes.length], fields: encoded.fields }] }, sid === undefined ? 'GET websocket · Upgrade' : 'GET websocket&sid · Upgrade', undefined, undefined, undefined);
}

/** 101 Switching Protocols for `key`. */
export function switching(key: string): SioMessage {
  const encoded = buildHandshakeResponse({ key });
  return sioMessage({ ...encoded, layers: [{ protocol: 'http', range: [0, encoded.bytes.length], fields: encoded.fields }] }, '101 Switching Protocols', undefined, 101, undefined);
}

/** One engine.io packet as one WebSocket text frame; `mask` for the client's frames. Written on first read. */
export function wsPacketFrame(packet: EngineIoPacket, mask: number | undefined): SioMessage {
  const length = packet instanceof SioMessagePacket ? 1 + packet.textLength : packet.data instanceof Uint8Array ? packet.data.length : packetLength(packet);
  // RFC 6455 §5.2: the minimal length form (7 bits, or 16, or 64), then the masking key of a client's frame.
  const headerBytes = 2 + (length <= MAX_7_BIT_LENGTH ? 0 : length <= MAX_16_BIT_LENGTH ? 2 : 8) + (mask !== undefined ? MASK_BYTES : 0);
  const message = new DeferredPacketFrame(headerBytes, length, keepOne(packet), mask);
  const only = [packet];
  return sioMessage(message, summaryOf('WS ', only), only, undefined, undefined);
}

/** A server's frame: no masking key. */
export const NO_MASK = undefined;

/**
 * The next masking key as one 32-bit word, signed so that it stays a small integer (a heap number each otherwise),
 * drawn as MaskSource.next draws it, byte by byte from the first: a timeline keeps four bytes without a typed array each.
 */
export function nextMaskWord(prng: Prng): number {
  let word = 0;
  for (let i = 0; i < MASK_BYTES; i++) word = (word << 8) | prng.nextInt(0, 256);
  return word | 0;
}

/** The four bytes of a masking key kept as a word. */
function maskBytes(word: number): Uint8Array {
  const key = new Uint8Array(MASK_BYTES);
  key[0] = word >>> 24;
  key[1] = (word >>> 16) & 0xff;
  key[2] = (word >>> 8) & 0xff;
  key[3] = word & 0xff;
  return key;
}

/**
 * Packets as the timeline keeps them for writing later: a lone text packet as its text (with the type digit in
 * front, "4…" — what the payload holds), a lone tick or ACK as its Socket.IO packet (a tick is its payload and ack
 * id, which the timeline keeps anyway: its text is not written before it is read) — a lone ACK without arguments
 * (the client's answer to a tick) as its id alone, a small integer — else the packets.
 */
type KeptPackets = string | number | CountedSioPacket | readonly EngineIoPacket[];

function keep(packets: readonly EngineIoPacket[]): KeptPackets {
  const only = packets.length === 1 ? packets[0]! : undefined;
  if (only instanceof SioMessagePacket) {
    const sio = only.sio;
    return sio instanceof SioAckPacket ? sio.id : sio instanceof CountedSioPacket ? sio : packets;
  }
  if (only !== undefined && !(only.data instanceof Uint8Array)) return String.fromCharCode(packetTypeDigit(only.type)) + (only.data ?? '');
  return packets;
}

/** The packets `keep` kept. */
function kept(packets: KeptPackets): readonly EngineIoPacket[] {
  if (packets instanceof CountedSioPacket) return [new SioMessagePacket(packets)];
  if (typeof packets === 'number') return [new SioMessagePacket(new SioAckPacket(packets))];
  if (typeof packets !== 'string') return packets;
  const type = packetTypeOfByte(packets.charCodeAt(0))!;
  return [packets.length > 1 ? { type, data: packets.slice(1) } : { type }];
}

/** What a frame keeps of its packet: a counted Socket.IO packet without the message packet around it. */
const keepOne = (packet: EngineIoPacket): EngineIoPacket | CountedSioPacket =>
  packet instanceof SioMessagePacket && packet.sio instanceof CountedSioPacket ? packet.sio : packet;

const MAX_7_BIT_LENGTH = 125;
const MAX_16_BIT_LENGTH = 0xffff;
const MASK_BYTES = 4;

/** One packet's WebSocket frame, written by the codecs on first read. */
class DeferredPacketFrame extends DeferredWireMessage {
  constructor(readonly headerBytes: number, readonly payloadBytes: number, private readonly packet: EngineIoPacket | CountedSioPacket, private readonly mask: number | undefined) {
    super();
  }
  protected write(): LayeredBytes {
    const { type, data } = this.packet instanceof CountedSioPacket ? new SioMessagePacket(this.packet) : this.packet;
    const eio = encodeEngineIoPacket(data === undefined ? { type } : { type, data }, { transport: 'websocket' }).bytes;
    const frame = encodeFrame({ opcode: OPCODE_TEXT, payload: eio, ...(this.mask !== undefined ? { maskingKey: maskBytes(this.mask) } : {}) }, { annotate: true });
    const fields: readonly Field[] = frame.fields ?? [];
    const start = frame.headerBytes;
    const read = socketIoLayers(eio, { transport: 'websocket' });
    const inner = read.ok ? read.layers.map((l) => ({ protocol: l.protocol, range: [l.range[0] + start, l.range[1] + start] as const, fields: shiftFields(l.fields, start) })) : [];
    return { bytes: frame.bytes, fields, layers: [{ protocol: 'ws', range: [0, frame.bytes.length], fields }, ...inner] };
  }
}

/** A WebSocket Close frame without a status (what ws.close() with no code sends). */
export function wsCloseFrame(mask: number | undefined): SioMessage {
  const frame = encodeFrame({ opcode: OPCODE_CLOSE, payload: new Uint8Array(0), ...(mask !== undefined ? { maskingKey: maskBytes(mask) } : {}) }, { annotate: true });
  const fields: readonly Field[] = frame.fields ?? [];
  return sioMessage({ bytes: frame.bytes, fields, headerBytes: frame.headerBytes, payloadBytes: frame.payloadBytes, layers: [{ protocol: 'ws', range: [0, frame.bytes.length], fields }] }, 'WS Close', undefined, undefined, undefined);
}

/** `prefix` and the label of kept packets (see summaryOf). */
function keptSummary(prefix: string, packets: KeptPackets): string {
  if (typeof packets === 'number') return ackLabel(prefix, packets);
  return packets instanceof CountedSioPacket ? packets.label(prefix) : summaryOf(prefix, kept(packets));
}

/** `prefix` and the label of `packets`; a lone tick or ACK labels itself as one flat string. */
function summaryOf(prefix: string, packets: readonly EngineIoPacket[]): string {
  const only = packets.length === 1 ? packets[0]! : undefined;
  return only instanceof SioMessagePacket && only.sio instanceof CountedSioPacket ? only.sio.label(prefix) : prefix + packetsLabel(packets);
}

/** A short label for a packet list: "2probe", "40", "42["tick",…]". */
export function packetsLabel(packets: readonly EngineIoPacket[]): string {
  if (packets.length === 1) return packetLabel(packets[0]!);
  let label = '';
  for (let i = 0; i < packets.length; i++) label += i === 0 ? packetLabel(packets[i]!) : ` · ${packetLabel(packets[i]!)}`;
  return label;
}

/** The UTF-8 length of a text packet's encoding: the type digit, then the data. */
function packetLength(packet: EngineIoPacket): number {
  if (packet instanceof SioMessagePacket) return 1 + packet.textLength;
  return 1 + (typeof packet.data === 'string' ? utf8ByteLength(packet.data) : 0);
}

/** The length of a polling payload of `packets` (binary ones are measured by encoding them: base64). */
function payloadLength(packets: readonly EngineIoPacket[]): number {
  let length = packets.length - 1;
  for (let i = 0; i < packets.length; i++) {
    const p = packets[i]!;
    length += p instanceof SioMessagePacket ? 1 + p.textLength : p.data instanceof Uint8Array ? encodeEngineIoPacket(p, { transport: 'polling' }).bytes.length : packetLength(p);
  }
  return Math.max(0, length);
}

const LABEL_CHARS = 24;
const ASCII_LIMIT = 0x80;

/**
 * The label of one packet: the first characters of its polling encoding, read byte by byte. A text packet whose
 * label is plain ASCII is labelled from its text (the same characters) without encoding it.
 */
function packetLabel(packet: EngineIoPacket): string {
  // A message's head is enough: one character more than fits tells a cut label from a whole one.
  const data = packet instanceof SioMessagePacket ? packet.head(LABEL_CHARS) : packet.data;
  if (data === undefined || typeof data === 'string') {
    const text = data ?? '';
    const n = Math.min(LABEL_CHARS - 1, text.length);
    let ascii = true;
    for (let i = 0; i < n && ascii; i++) ascii = text.charCodeAt(i) < ASCII_LIMIT;
    if (ascii) {
      const digit = String.fromCharCode(packetTypeDigit(packet.type));
      // More than 23 characters after the digit are more than 24 bytes.
      return text.length > n ? `${digit}${text.slice(0, n)}…` : digit + text;
    }
  }
  return bytesLabel(encodeEngineIoPacket(packet, { transport: 'polling' }).bytes);
}

/** The label of encoded packet bytes: their first characters. */
function bytesLabel(text: Uint8Array): string {
  let s = '';
  const n = Math.min(LABEL_CHARS, text.length);
  for (let i = 0; i < n; i++) s += String.fromCharCode(text[i]!);
  return text.length > LABEL_CHARS ? `${s}…` : s;
}
