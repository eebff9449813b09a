/**
 * The bytes of a simulated SockJS session, written by the project's codecs:
 * GET <prefix>/info and its JSON, the WebSocket upgrade to
 * <prefix>/<server>/<session>/websocket with frames `o`, `h`, `a[…]`, `c[…]`
 * and the client's `["…"]` sends, or the xhr-streaming fallback (a chunked
 * POST answer that starts with a 2 KiB prelude of "h" and carries one frame
 * per chunk, each ending "\n") with sends as xhr_send POSTs answered 204.
 * Each message carries its layers: HTTP or WebSocket, then SockJS.
 */
import { defaultRequestHeaders } from '../../http/defaultRequestHeaders';
import { encodeChunk } from '../../http/encodeChunk';
import { serializeRequest } from '../../http/serializeRequest';
import { serializeResponse } from '../../http/serializeResponse';
import { serializeResponseHead } from '../../http/serializeResponseHead';
import type { EncodedMessage, HttpHeader } from '../../http/types';
import { withContentLength } from '../../http/withContentLength';
import { encodeSockJsSend } from '../../sockjs/clientSend';
import { encodeSockJsFrame, sockJsFrameText } from '../../sockjs/encodeFrame';
import { quoteMessage } from '../../sockjs/quoteMessage';
import type { SockJsFrame } from '../../sockjs/frameTypes';
import { encodeStreamingPrelude } from '../../sockjs/streamingPrelude';
import { encodeSockJsInfo, type SockJsInfo } from '../../sockjs/info';
import { shiftFields } from '../../timeline/layerTiling';
import type { WireMessage } from '../../timeline/timelineBuilder';
import type { Field, TransferLayer } from '../../timeline/types';
import { buildHandshakeRequest } from '../../ws/buildHandshakeRequest';
import { buildHandshakeResponse } from '../../ws/buildHandshakeResponse';
import { encodeFrame } from '../../ws/encodeFrame';
import { OPCODE_CLOSE, OPCODE_TEXT } from '../../ws/opcodes';
import { encodeClosePayload } from '../../ws/closePayload';
import { utf8ByteLength } from '../utf8ByteLength';
import { LazySockJsWire } from './lazySockJsWire';
import { chunkHeaderBytes, ResponseHeadSize, wsTextHeaderBytes } from './sockJsSizes';
import type { HeaderSet } from '../scenarioParams';

/** The simulated site and the echo service's prefix. */
export const SOCKJS_HOST = 'example.com';
export const SOCKJS_PREFIX = '/sockjs/echo';
const ORIGIN = `http://${SOCKJS_HOST}`;
const NO_CACHE = 'no-store, no-cache, no-transform, must-revalidate, max-age=0';
// The HTTP transports end every frame with "\n".
const NEWLINE_BYTES = 1;

/** A message for the timeline, its label, and the SockJS text inside (for the receiver). */
export interface SockJsMessage {
  readonly message: WireMessage;
  readonly summary: string;
  /** The SockJS bytes of a client's send or the /info JSON; undefined when there are none (or only `frame`). */
  readonly sockjs?: Uint8Array;
  /** A server's SockJS frame, as the server wrote it (the client acts on it: see `runSockJs`). */
  readonly frame?: SockJsFrame;
}

const httpLayer = (encoded: EncodedMessage): TransferLayer => ({ protocol: 'http', range: [0, encoded.bytes.length], fields: encoded.fields });

function headers(headerSet: HeaderSet, extra: readonly HttpHeader[]): HttpHeader[] {
  if (headerSet.kind === 'custom') return [...headerSet.headers, ...extra];
  const options = headerSet.options ?? {};
  return defaultRequestHeaders(SOCKJS_HOST, { ...options, referer: `${ORIGIN}/`, extra: [...(options.extra ?? []), ...extra] });
}

function inner(encoded: EncodedMessage, at: number, length: number, fields: readonly Field[]): WireMessage {
  const layers: TransferLayer[] = [httpLayer(encoded)];
  if (length > 0) layers.push({ protocol: 'sockjs', range: [at, at + length], fields: shiftFields(fields, at) });
  return { ...encoded, layers };
}

/** GET <prefix>/info?t=… */
export function infoRequest(headerSet: HeaderSet, cacheBuster: string): SockJsMessage {
  const encoded = serializeRequest({ method: 'GET', target: `${SOCKJS_PREFIX}/info?t=${cacheBuster}`, headers: headers(headerSet, []) });
  return { message: { ...encoded, layers: [httpLayer(encoded)] }, summary: 'GET /info' };
}

/** 200 with the /info JSON. */
export function infoResponse(info: SockJsInfo): SockJsMessage {
  const body = encodeSockJsInfo(info);
  const encoded = serializeResponse({ status: 200, headers: withContentLength([{ name: 'Content-Type', value: 'application/json; charset=UTF-8' }, { name: 'Cache-Control', value: NO_CACHE }], body.bytes), body: body.bytes });
  return { message: inner(encoded, encoded.bytes.length - body.bytes.length, body.bytes.length, body.fields), summary: `200 ${body.text.length > 28 ? `${body.text.slice(0, 28)}…` : body.text}`, sockjs: body.bytes };
}

/** The session's base path: <prefix>/<server>/<session>. */
export function sessionPath(server: string, session: string): string {
  return `${SOCKJS_PREFIX}/${server}/${session}`;
}

/** The WebSocket upgrade to <session>/websocket. */
export function upgradeRequest(headerSet: HeaderSet, path: string, key: string): SockJsMessage {
  const extra = headerSet.kind === 'custom' ? headerSet.headers.filter((h) => h.name.toLowerCase() !== 'host') : [];
  const encoded = buildHandshakeRequest({ host: SOCKJS_HOST, path: `${path}/websocket`, key, origin: ORIGIN, headers: extra });
  return { message: { ...encoded, layers: [httpLayer(encoded)] }, summary: 'GET …/websocket · Upgrade' };
}

/** 101 for `key`. */
export function switching(key: string): SockJsMessage {
  const encoded = buildHandshakeResponse({ key });
  return { message: { ...encoded, layers: [httpLayer(encoded)] }, summary: '101 Switching Protocols' };
}

/** A refused upgrade (a proxy, or the lesson's block switch). */
export function refused(): SockJsMessage {
  const encoded = serializeResponse({ status: 403, headers: [{ name: 'Connection', value: 'close' }, { name: 'Content-Length', value: '0' }] });
  return { message: { ...encoded, layers: [httpLayer(encoded)] }, summary: '403 Forbidden · WebSocket blocked' };
}

function wsMessage(payload: Uint8Array, fields: readonly Field[], mask: Uint8Array | undefined, summary: string): SockJsMessage {
  const frame = encodeFrame({ opcode: OPCODE_TEXT, payload, ...(mask ? { maskingKey: mask } : {}) }, { annotate: true });
  const outer: readonly Field[] = frame.fields ?? [];
  const layers: TransferLayer[] = [{ protocol: 'ws', range: [0, frame.bytes.length], fields: outer }];
  if (payload.length > 0) layers.push({ protocol: 'sockjs', range: [frame.headerBytes, frame.bytes.length], fields: shiftFields(fields, frame.headerBytes) });
  return { message: { bytes: frame.bytes, fields: outer, headerBytes: frame.headerBytes, payloadBytes: frame.payloadBytes, layers }, summary, sockjs: payload };
}

/** A server frame in a WebSocket message (no newline on WebSocket), written on first read. */
export function wsFrame(frame: SockJsFrame): SockJsMessage {
  const text = textOrQuoted(frame);
  const length = textLength(frame, text);
  return { message: new LazySockJsWire(wsTextHeaderBytes(length), length, annotatedWsFrame, frame), summary: frameLabel('WS ', frame, text), frame };
}

function annotatedWsFrame(frame: SockJsFrame): WireMessage {
  const annotated = encodeSockJsFrame(frame, { annotate: true });
  return wsMessage(annotated.bytes, annotated.fields ?? [], undefined, '').message;
}

/** The client's send `["…"]` in a masked WebSocket message. */
export function wsSend(messages: readonly string[], mask: Uint8Array): SockJsMessage {
  const encoded = encodeSockJsSend(messages, { annotate: true });
  return wsMessage(encoded.bytes, encoded.fields ?? [], mask, labelled('WS ', encoded.text));
}

/** A WebSocket Close frame with `code` (the client's close() sends 1000). */
export function wsClose(code: number | undefined, mask: Uint8Array | undefined): SockJsMessage {
  const payload = code === undefined ? new Uint8Array(0) : encodeClosePayload(code);
  const frame = encodeFrame({ opcode: OPCODE_CLOSE, payload, ...(mask ? { maskingKey: mask } : {}) }, { annotate: true });
  const fields: readonly Field[] = frame.fields ?? [];
  return { message: { bytes: frame.bytes, fields, headerBytes: frame.headerBytes, payloadBytes: frame.payloadBytes, layers: [{ protocol: 'ws', range: [0, frame.bytes.length], fields }] }, summary: `WS Close${code === undefined ? '' : ` ${code}`}` };
}

/** POST <session>/xhr_streaming: the request that the server answers as a stream. */
export function streamingRequest(headerSet: HeaderSet, path: string, cacheBuster: string): SockJsMessage {
  const encoded = serializeRequest({ method: 'POST', target: `${path}/xhr_streaming?t=${cacheBuster}`, headers: headers(headerSet, [{ name: 'Origin', value: ORIGIN }, { name: 'Content-Length', value: '0' }]) });
  return { message: { ...encoded, layers: [httpLayer(encoded)] }, summary: 'POST …/xhr_streaming' };
}

/** The head of the streamed answer. */
export function streamingHead(): SockJsMessage {
  const encoded = serializeResponseHead({ status: 200, headers: [{ name: 'Content-Type', value: 'application/javascript; charset=UTF-8' }, { name: 'Cache-Control', value: NO_CACHE }, { name: 'Transfer-Encoding', value: 'chunked' }] });
  return { message: { ...encoded, layers: [httpLayer(encoded)] }, summary: '200 (stream)' };
}

/** One chunk of the stream: the prelude (written now), or a frame and its newline (written on first read). */
export function streamingChunk(frame: SockJsFrame | 'prelude'): SockJsMessage {
  if (frame === 'prelude') return annotatedStreamingChunk(frame);
  const text = textOrQuoted(frame);
  const length = textLength(frame, text) + NEWLINE_BYTES;
  return { message: new LazySockJsWire(chunkHeaderBytes(length), length, annotatedChunkOf, frame), summary: frameLabel('chunk: ', frame, text), frame };
}

function annotatedChunkOf(frame: SockJsFrame): WireMessage {
  return annotatedStreamingChunk(frame).message;
}

function annotatedStreamingChunk(frame: SockJsFrame | 'prelude'): SockJsMessage {
  const encoded = frame === 'prelude' ? encodeStreamingPrelude() : encodeSockJsFrame(frame, { newline: true, annotate: true });
  const chunk = encodeChunk(encoded.bytes);
  const at = chunk.bytes.indexOf(0x0a) + 1;
  const layers: TransferLayer[] = [httpLayer(chunk), { protocol: 'sockjs', range: [at, at + encoded.bytes.length], fields: shiftFields(encoded.fields ?? [], at) }];
  return { message: { ...chunk, layers }, summary: frame === 'prelude' ? 'chunk: prelude (2 KiB of h)' : labelled('chunk: ', sockJsFrameText(frame)), sockjs: encoded.bytes };
}

/** POST <session>/xhr: one xhr-polling request, answered with one frame. */
export function pollingRequest(headerSet: HeaderSet, path: string): SockJsMessage {
  const encoded = serializeRequest({ method: 'POST', target: `${path}/xhr`, headers: headers(headerSet, [{ name: 'Origin', value: ORIGIN }, { name: 'Content-Length', value: '0' }]) });
  return { message: { ...encoded, layers: [httpLayer(encoded)] }, summary: 'POST …/xhr' };
}

/** 200 with one frame and its newline: the answer to an xhr-polling request (written on first read). */
export function pollingResponse(frame: SockJsFrame): SockJsMessage {
  const text = textOrQuoted(frame);
  const length = textLength(frame, text) + NEWLINE_BYTES;
  // The body's trailing "\n" is not in the label; no frame's text ends in white space ('o', 'h', ']' or '"').
  return { message: new LazySockJsWire(POLLING_HEAD.bytes(length), length, annotatedPollingMessage, frame), summary: frameLabel('200 ', frame, text), frame };
}

const POLLING_HEADERS: readonly HttpHeader[] = [{ name: 'Content-Type', value: 'application/javascript; charset=UTF-8' }, { name: 'Cache-Control', value: NO_CACHE }];
const POLLING_HEAD = /*#__PURE__*/ new ResponseHeadSize(POLLING_HEADERS);

function annotatedPollingMessage(frame: SockJsFrame): WireMessage {
  return annotatedPollingResponse(frame).message;
}

function annotatedPollingResponse(frame: SockJsFrame): SockJsMessage {
  const body = encodeSockJsFrame(frame, { newline: true, annotate: true });
  const encoded = serializeResponse({ status: 200, headers: withContentLength(POLLING_HEADERS, body.bytes), body: body.bytes });
  return { message: inner(encoded, encoded.bytes.length - body.bytes.length, body.bytes.length, body.fields ?? []), summary: labelled('200 ', body.text.trimEnd()), sockjs: body.bytes, frame };
}

/** POST <session>/xhr_send with the messages batched while the previous send was out. */
export function sendRequest(headerSet: HeaderSet, path: string, messages: readonly string[]): SockJsMessage {
  const body = encodeSockJsSend(messages, { annotate: true });
  const encoded = serializeRequest({ method: 'POST', target: `${path}/xhr_send`, headers: withContentLength(headers(headerSet, [{ name: 'Content-Type', value: 'text/plain;charset=UTF-8' }, { name: 'Origin', value: ORIGIN }]), body.bytes), body: body.bytes });
  return { message: inner(encoded, encoded.bytes.length - body.bytes.length, body.bytes.length, body.fields ?? []), summary: labelled('POST …/xhr_send ', body.text), sockjs: body.bytes };
}

/** 204: sockjs-node's answer to an accepted xhr_send. */
export function sendAccepted(): SockJsMessage {
  const encoded = serializeResponse({ status: 204, headers: [{ name: 'Content-Type', value: 'text/plain; charset=UTF-8' }] });
  return { message: { ...encoded, layers: [httpLayer(encoded)] }, summary: '204 No Content' };
}

// A one-message "a" frame, the per-event frame, is `a[` + its quoted message + `]`: its length and label are
// taken from the quoted message, so its text is never joined and copied only to be measured.
const ARRAY_OPEN = 'a[';
const ARRAY_CLOSE = ']';
const ARRAY_BRACKETS = ARRAY_OPEN.length + ARRAY_CLOSE.length;
const LABEL_CHARS = 26;

const oneMessage = (frame: SockJsFrame): frame is Extract<SockJsFrame, { type: 'array' }> => frame.type === 'array' && frame.messages.length === 1;

/** The frame's text (sockJsFrameText), or for a one-message "a" frame only its quoted message. */
function textOrQuoted(frame: SockJsFrame): string {
  return oneMessage(frame) ? quoteMessage(frame.messages[0]!) : sockJsFrameText(frame);
}

/** The UTF-8 length of the frame's text, from `textOrQuoted(frame)`. */
function textLength(frame: SockJsFrame, text: string): number {
  return utf8ByteLength(text) + (oneMessage(frame) ? ARRAY_BRACKETS : 0);
}

/** `labelled(prefix, text of frame)`, from `textOrQuoted(frame)`. */
function frameLabel(prefix: string, frame: SockJsFrame, text: string): string {
  if (!oneMessage(frame)) return labelled(prefix, text);
  return text.length + ARRAY_BRACKETS > LABEL_CHARS
    ? [prefix, ARRAY_OPEN, text.slice(0, LABEL_CHARS - ARRAY_OPEN.length), '…'].join('')
    : [prefix, ARRAY_OPEN, text, ARRAY_CLOSE].join('');
}

/** `prefix` and the start of `text`, as one flat string. */
function labelled(prefix: string, text: string): string {
  // Joined, not concatenated: join writes one flat string, where `+` would keep a rope of the pieces and,
  // through the slice, the whole frame text, for as long as the timeline keeps the label.
  return (text.length > LABEL_CHARS ? [prefix, text.slice(0, LABEL_CHARS), '…'] : [prefix, text]).join('');
}
