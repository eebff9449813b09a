/**
 * The bytes of a simulated Socket.IO session, every one written by the
 * project's codecs: engine.io packets (with Socket.IO packets inside) as the
 * body of an HTTP long-poll request or response, or as one WebSocket frame
 * each; the WebSocket upgrade with the session id; engine.io's HTTP errors.
 * Each message carries its layers (DESIGN §3a): HTTP or WebSocket, then
 * engine.io, then Socket.IO, over the same bytes. The receiver reads the
 * engine.io bytes back (`eio`), so what it reacts to is what was encoded.
 */
import { encodeUtf8 } from '../../bytes/utf8';
import { encodeEngineIoPacket } from '../../engineio/encodePacket';
import { encodeEngineIoPayload } from '../../engineio/encodePayload';
import { encodeEngineIoHttpError, type EngineIoHttpError } from '../../engineio/handshakeErrors';
import type { EngineIoPacket } from '../../engineio/types';
import { defaultRequestHeaders } from '../../http/defaultRequestHeaders';
import { reasonPhrase } from '../../http/reasonPhrase';
import { serializeRequest } from '../../http/serializeRequest';
import { serializeResponse } from '../../http/serializeResponse';
import type { EncodedMessage, HttpHeader } from '../../http/types';
import { withContentLength } from '../../http/withContentLength';
import { socketIoLayers } from '../../socketio/socketIoLayers';
import { shiftFields } from '../../timeline/layerTiling';
import type { WireMessage } from '../../timeline/timelineBuilder';
import type { Field, TransferLayer } from '../../timeline/types';
import { buildHandshakeRequest } from '../../ws/buildHandshakeRequest';
import { buildHandshakeResponse } from '../../ws/buildHandshakeResponse';
import { encodeFrame } from '../../ws/encodeFrame';
import { OPCODE_CLOSE, OPCODE_TEXT } from '../../ws/opcodes';
import { LazyLayeredMessage } from '../lazyLayeredMessage';
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

/** A message for the timeline, the label the diagram shows, and the engine.io bytes inside it (for the receiver). */
export interface SioMessage {
  readonly message: WireMessage;
  readonly summary: string;
  /** The engine.io bytes: an HTTP body (a payload) or a WebSocket message (one packet); undefined when there are none. */
  readonly eio?: Uint8Array;
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

/** The layers of an HTTP message whose body starts at `bodyStart`: engine.io, then Socket.IO packets. */
function bodyLayers(body: Uint8Array, bodyStart: number): TransferLayer[] {
  const read = socketIoLayers(body, { transport: 'polling' });
  if (!read.ok || body.length === 0) return [];
  return read.layers.map((l) => ({ protocol: l.protocol, range: [l.range[0] + bodyStart, l.range[1] + bodyStart] as const, fields: shiftFields(l.fields, bodyStart) }));
}

/**
 * An HTTP message whose bytes are kept and whose fields and layers (HTTP, then the body's engine.io and Socket.IO
 * packets) are built on first read by writing it again with `write`: only the bytes of a poll live with the timeline.
 */
function lazyHttp(encoded: EncodedMessage, write: () => EncodedMessage, body?: Uint8Array): WireMessage {
  return new LazyLayeredMessage(encoded.bytes, encoded.headerBytes, encoded.payloadBytes, () => {
    const again = write();
    const http: TransferLayer = { protocol: 'http', range: [0, again.bytes.length], fields: again.fields };
    return { fields: again.fields, layers: body === undefined ? [http] : [http, ...bodyLayers(body, again.bytes.length - body.length)] };
  });
}

/** A long-poll GET (or the handshake GET, without a sid). */
export function pollRequest(headerSet: HeaderSet, sid: string | undefined, cacheBuster: string): SioMessage {
  const write = () => serializeRequest({ method: 'GET', target: sioTarget('polling', sid, cacheBuster), headers: browserHeaders(headerSet, []) });
  return { message: lazyHttp(write(), write), summary: sid === undefined ? 'GET polling (handshake)' : 'GET polling' };
}

/** A POST carrying `packets` as a payload. */
export function postRequest(headerSet: HeaderSet, sid: string, cacheBuster: string, packets: readonly EngineIoPacket[]): SioMessage {
  const body = encodeEngineIoPayload(packets).bytes;
  const write = () => serializeRequest({
    method: 'POST', target: sioTarget('polling', sid, cacheBuster),
    headers: withContentLength(browserHeaders(headerSet, [{ name: 'Content-Type', value: TEXT_PLAIN_REQUEST }, { name: 'Origin', value: ORIGIN }]), body), body,
  });
  return { message: lazyHttp(write(), write, body), summary: `POST ${packetsLabel(packets)}`, eio: body };
}

/** 200 with `packets` as the body of a poll. */
export function pollResponse(packets: readonly EngineIoPacket[]): SioMessage {
  const body = encodeEngineIoPayload(packets).bytes;
  const write = () => serializeResponse({ status: 200, headers: withContentLength([{ name: 'Content-Type', value: TEXT_PLAIN }], body), body });
  return { message: lazyHttp(write(), write, body), summary: `200 ${packetsLabel(packets)}`, eio: body };
}

/** 200 "ok": engine.io's answer to every accepted POST. */
export function okResponse(): SioMessage {
  return { message: lazyHttp(writeOk(), writeOk), summary: '200 ok' };
}

function writeOk(): EncodedMessage {
  return serializeResponse({ status: 200, headers: withContentLength([{ name: 'Content-Type', value: 'text/html' }], OK_BODY), body: OK_BODY });
}

/** engine.io's JSON error answer, e.g. 400 {"code":1,"message":"Session ID unknown"}. */
export function errorResponse(error: EngineIoHttpError): SioMessage {
  const body = encodeEngineIoHttpError(error);
  const encoded = serializeResponse({ status: error.status, headers: withContentLength([{ name: 'Content-Type', value: 'application/json' }], body.bytes), body: body.bytes });
  const bodyStart = encoded.bytes.length - body.bytes.length;
  const layers: TransferLayer[] = [{ protocol: 'http', range: [0, encoded.bytes.length], fields: encoded.fields }];
  if (body.bytes.length > 0) layers.push({ protocol: 'engineio', range: [bodyStart, encoded.bytes.length], fields: shiftFields(body.fields, bodyStart) });
  return { message: { ...encoded, layers }, summary: `${error.status} ${error.message}` };
}

/** engine.io's refusal of an upgrade it cannot verify (abortUpgrade): 400, the message as text/html. */
export function upgradeAbort(message: string): SioMessage {
  const body = encodeUtf8(message);
  const encoded = serializeResponse({ status: 400, headers: withContentLength([{ name: 'Connection', value: 'close' }, { name: 'Content-type', value: 'text/html' }], body), body });
  return { message: { ...encoded, layers: [{ protocol: 'http', range: [0, encoded.bytes.length], fields: encoded.fields }] }, summary: `400 ${message}` };
}

/** A plain HTTP status without a body (a refused upgrade, a proxy's 504). */
export function bareResponse(status: number, note: string): SioMessage {
  const encoded = serializeResponse({ status, headers: [{ name: 'Connection', value: 'close' }, { name: 'Content-Length', value: '0' }] });
  return { message: { ...encoded, layers: [{ protocol: 'http', range: [0, encoded.bytes.length], fields: encoded.fields }] }, summary: `${status} ${reasonPhrase(status)} · ${note}` };
}

/** The WebSocket upgrade request (with the sid when it upgrades a polling session). */
export function upgradeRequest(headerSet: HeaderSet, key: string, sid: string | undefined): SioMessage {
  const extra = headerSet.kind === 'custom' ? headerSet.headers.filter((h) => h.name.toLowerCase() !== 'host') : [];
  const encoded = buildHandshakeRequest({ host: SIO_HOST, path: sioTarget('websocket', sid, undefined), key, origin: ORIGIN, headers: extra });
  return { message: { ...encoded, layers: [{ protocol: 'http', range: [0, encoded.bytes.length], fields: encoded.fields }] }, summary: sid === undefined ? 'GET websocket · Upgrade' : 'GET websocket&sid · Upgrade' };
}

/** 101 Switching Protocols for `key`. */
export function switching(key: string): SioMessage {
  const encoded = buildHandshakeResponse({ key });
  return { message: { ...encoded, layers: [{ protocol: 'http', range: [0, encoded.bytes.length], fields: encoded.fields }] }, summary: '101 Switching Protocols' };
}

/** One engine.io packet as one WebSocket text frame; `mask` for the client's frames. */
export function wsPacketFrame(packet: EngineIoPacket, mask: Uint8Array | undefined): SioMessage {
  const eio = encodeEngineIoPacket(packet, { transport: 'websocket' }).bytes;
  const input = { opcode: OPCODE_TEXT, payload: eio, ...(mask ? { maskingKey: mask } : {}) } as const;
  const frame = encodeFrame(input);
  const start = frame.headerBytes;
  const message = new LazyLayeredMessage(frame.bytes, frame.headerBytes, frame.payloadBytes, () => {
    const fields: readonly Field[] = encodeFrame(input, { annotate: true }).fields ?? [];
    const read = socketIoLayers(eio, { transport: 'websocket' });
    const inner = read.ok ? read.layers.map((l) => ({ protocol: l.protocol, range: [l.range[0] + start, l.range[1] + start] as const, fields: shiftFields(l.fields, start) })) : [];
    return { fields, layers: [{ protocol: 'ws', range: [0, frame.bytes.length], fields }, ...inner] };
  });
  // A text packet is encoded alike on both transports: its label reads the bytes already written.
  const label = packetLabel(packet.data instanceof Uint8Array ? encodeEngineIoPacket(packet, { transport: 'polling' }).bytes : eio);
  return { message, summary: `WS ${label}`, eio };
}

/** A WebSocket Close frame without a status (what ws.close() with no code sends). */
export function wsCloseFrame(mask: Uint8Array | undefined): SioMessage {
  const frame = encodeFrame({ opcode: OPCODE_CLOSE, payload: new Uint8Array(0), ...(mask ? { maskingKey: mask } : {}) }, { annotate: true });
  const fields: readonly Field[] = frame.fields ?? [];
  return { message: { bytes: frame.bytes, fields, headerBytes: frame.headerBytes, payloadBytes: frame.payloadBytes, layers: [{ protocol: 'ws', range: [0, frame.bytes.length], fields }] }, summary: 'WS Close' };
}

/** A short label for a packet list: "2probe", "40", "42["tick",…]". */
export function packetsLabel(packets: readonly EngineIoPacket[]): string {
  return packets.map((p) => packetLabel(encodeEngineIoPacket(p, { transport: 'polling' }).bytes)).join(' · ');
}

const LABEL_CHARS = 24;

/** The label of one packet from its polling encoding: its first characters. */
function packetLabel(text: Uint8Array): string {
  let s = '';
  const n = Math.min(LABEL_CHARS, text.length);
  for (let i = 0; i < n; i++) s += String.fromCharCode(text[i]!);
  return text.length > LABEL_CHARS ? `${s}…` : s;
}
