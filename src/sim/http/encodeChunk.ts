/** Encodes one chunk of a chunked body (RFC 9112 §7.1). */
import type { Field } from '../timeline/types';
import type { EncodedMessage } from './types';
import { MessageWriter } from './messageWriter';
import { fieldsTile } from './fieldsTile';
import { CRLF } from './writeHead';

const HEX = 16;
/** RFC 9112 §7.1: last-chunk = 1*("0") [ chunk-ext ] CRLF */
const LAST_CHUNK_SIZE = '0';
// Framing around the data: size digits + CRLF + CRLF; a little slack for the digits.
const FRAMING_SLACK = 16;

/**
 * `size-in-hex CRLF data CRLF`; empty `data` gives the last chunk "0\r\n\r\n" (no trailers).
 * `inner` fields describe `data` (e.g. an SSE event) and are shifted into place; without them
 * (or if they do not tile `data`) the data is one "chunk-data" field. `dataPayloadBytes` says
 * how much of `data` is payload (an SSE event's data values, say); it defaults to all of it.
 */
export function encodeChunk(data: Uint8Array, inner?: readonly Field[], dataPayloadBytes: number = data.length): EncodedMessage {
  const w = new MessageWriter(data.length + FRAMING_SLACK);
  if (data.length === 0) {
    w.text('last-chunk', LAST_CHUNK_SIZE, 'field.lastChunk', '0');
    w.text('crlf', CRLF, 'field.crlf', '');
    // The trailer section is empty, so the CRLF that ends it follows at once.
    w.text('blank-line', CRLF, 'field.chunkedEnd', '');
    return w.finish();
  }
  w.text('chunk-size', data.length.toString(HEX), 'field.chunkSize', String(data.length));
  w.text('crlf', CRLF, 'field.crlf', '');
  if (inner && inner.length > 0 && fieldsTile(inner, data.length)) w.nested(data, inner, dataPayloadBytes);
  else w.bytes('chunk-data', data, 'field.chunkData', undefined, true);
  w.text('chunk-crlf', CRLF, 'field.chunkCrlf', '');
  return w.finish();
}

/** Wraps an already encoded message (e.g. an SSE event) in one chunk, keeping its fields and payload count. */
export function encodeChunkOf(message: EncodedMessage): EncodedMessage {
  return encodeChunk(message.bytes, message.fields, message.payloadBytes);
}
