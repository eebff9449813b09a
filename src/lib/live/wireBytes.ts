/**
 * Bytes a browser hides, computed from what did arrive with the project's own
 * codecs: a response head from the headers fetch() exposes, an SSE event's
 * chunk from its id and data, a WebSocket frame from its payload length.
 */
import { encodeChunkOf, encodeFrame, encodeSseEvent, encodeUtf8, OPCODE_TEXT, serializeResponseHead, type HttpHeader } from '../../sim';

// Framing headers: the simulator adds its own (Content-Length or Transfer-Encoding) to what a prediction is given.
const FRAMING = new Set(['content-length', 'transfer-encoding']);

/** UTF-8 length of `text`. */
export function utf8Length(text: string): number {
  return encodeUtf8(text).length;
}

/** Header list from fetch's `Headers` (names as fetch gives them: lower case, which does not change their length). */
export function headerList(headers: Iterable<readonly [string, string]>): HttpHeader[] {
  return [...headers].map(([name, value]) => ({ name, value }));
}

/** Bytes of an HTTP/1.1 response head: status line, header lines, empty line (RFC 9112 §2.1). */
export function responseHeadBytes(status: number, headers: readonly HttpHeader[]): number {
  return serializeResponseHead({ status, headers }).bytes.length;
}

/** The headers without Content-Length and Transfer-Encoding, for a prediction whose scenario frames its own bodies. */
export function withoutFraming(headers: readonly HttpHeader[]): HttpHeader[] {
  return headers.filter((h) => !FRAMING.has(h.name.toLowerCase()));
}

/** Bytes of one SSE event `id:`/`data:` block in its own chunk, as the server writes it (WHATWG HTML §9.2.6, RFC 9112 §7.1). */
export function sseEventWireBytes(id: string, data: string): number {
  return encodeChunkOf(encodeSseEvent({ id, data })).bytes.length;
}

/** Bytes of an unmasked (server → client) text frame carrying `payloadBytes` (RFC 6455 §5.2). */
export function wsServerFrameBytes(payloadBytes: number): number {
  return encodeFrame({ opcode: OPCODE_TEXT, payload: new Uint8Array(payloadBytes) }).bytes.length;
}
