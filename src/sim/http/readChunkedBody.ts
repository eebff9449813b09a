/**
 * Decodes a chunked body (RFC 9112 §7.1) as a named-state machine, like ws's receiver:
 *
 *   chunked-body = *chunk last-chunk trailer-section CRLF
 *   chunk        = chunk-size [ chunk-ext ] CRLF chunk-data CRLF
 */
import type { Field } from '../timeline/types';
import type { HttpHeader } from './types';
import { CR, LF, HTAB, SEMICOLON, SP, hexValue, isFieldContentByte } from './ascii';
import { httpFail, NEED_MORE, type HttpParseFailure } from './parseResult';
import { parseHeaderBlock } from './parseHeaderBlock';
import { previewText } from './previewText';

/** Largest chunk we accept: a Uint8Array cannot be much larger anyway. */
export const MAX_CHUNK_SIZE = 0x7fffffff;
/** Longest chunk extension we wait for before calling the size line malformed. */
export const MAX_CHUNK_EXT_BYTES = 4096;
const HEX = 16;

/** A decoded chunked body. */
export interface ChunkedBody {
  /** The chunk data joined: what the application receives. */
  readonly body: Uint8Array;
  /** Size of each data chunk in order (the 0-size last chunk is not listed). */
  readonly chunkSizes: number[];
  readonly trailers: HttpHeader[];
}

type State = 'CHUNK_SIZE' | 'CHUNK_DATA' | 'CHUNK_END' | 'TRAILERS';

/** Reads a chunked body starting at `start`; fields are pushed with absolute offsets. */
export function readChunkedBody(bytes: Uint8Array, start: number, fields: Field[]): (ChunkedBody & { readonly next: number }) | HttpParseFailure {
  const chunks: Uint8Array[] = [];
  let state: State = 'CHUNK_SIZE';
  let pos = start;
  let size = 0;
  for (;;) {
    switch (state) {
      case 'CHUNK_SIZE': {
        const line = readSizeLine(bytes, pos, fields);
        if ('ok' in line) return line;
        size = line.size;
        pos = line.next;
        state = size === 0 ? 'TRAILERS' : 'CHUNK_DATA';
        break;
      }
      case 'CHUNK_DATA': {
        if (bytes.length < pos + size) return NEED_MORE;
        const data = bytes.subarray(pos, pos + size);
        chunks.push(data);
        fields.push({ name: 'chunk-data', start: pos, end: pos + size, value: previewText(data), meaning: 'field.chunkData' });
        pos += size;
        state = 'CHUNK_END';
        break;
      }
      case 'CHUNK_END': {
        // The CRLF after the data is how a reader checks the size was right.
        if (pos < bytes.length && bytes[pos] !== CR) return httpFail('HTTP_ERR_BAD_CHUNK_END', pos);
        if (pos + 1 < bytes.length && bytes[pos + 1] !== LF) return httpFail('HTTP_ERR_BAD_CHUNK_END', pos + 1);
        if (bytes.length < pos + 2) return NEED_MORE;
        fields.push({ name: 'chunk-crlf', start: pos, end: pos + 2, value: '', meaning: 'field.chunkCrlf' });
        pos += 2;
        state = 'CHUNK_SIZE';
        break;
      }
      case 'TRAILERS': {
        const block = parseHeaderBlock(bytes, pos, pos, fields, { prefix: 'trailer:', endMeaning: 'field.chunkedEnd', lineMeaning: 'field.trailer' });
        if ('ok' in block) return block;
        return { body: join(chunks), chunkSizes: chunks.map((c) => c.length), trailers: block.headers, next: block.next };
      }
    }
  }
}

/** chunk-size [ chunk-ext ] CRLF, or the last chunk "0" [ chunk-ext ] CRLF. */
function readSizeLine(bytes: Uint8Array, start: number, fields: Field[]): { size: number; next: number } | HttpParseFailure {
  let i = start;
  let size = 0;
  for (; i < bytes.length; i++) {
    const v = hexValue(bytes[i]!);
    if (v < 0) break;
    size = size * HEX + v;
    if (size > MAX_CHUNK_SIZE) return httpFail('HTTP_ERR_CHUNK_TOO_LARGE', start);
  }
  if (i === bytes.length) return NEED_MORE;
  if (i === start) return httpFail('HTTP_ERR_BAD_CHUNK_SIZE', start);
  const sizeEnd = i;
  const b = bytes[i]!;
  if (b === SEMICOLON || b === SP || b === HTAB) {
    // RFC 9112 §7.1.1: extensions are ignored by recipients that do not know them.
    while (i < bytes.length && bytes[i] !== CR && bytes[i] !== LF) {
      if (!isFieldContentByte(bytes[i]!) || i - sizeEnd >= MAX_CHUNK_EXT_BYTES) return httpFail('HTTP_ERR_BAD_CHUNK_SIZE', i);
      i++;
    }
    if (i === bytes.length) return NEED_MORE;
  }
  if (bytes[i] === LF) return httpFail('HTTP_ERR_BARE_LF', i);
  if (bytes[i] !== CR) return httpFail('HTTP_ERR_BAD_CHUNK_SIZE', i);
  if (i + 1 === bytes.length) return NEED_MORE;
  if (bytes[i + 1] !== LF) return httpFail('HTTP_ERR_BAD_CHUNK_SIZE', i + 1);
  if (size === 0) fields.push({ name: 'last-chunk', start, end: sizeEnd, value: '0', meaning: 'field.lastChunk' });
  else fields.push({ name: 'chunk-size', start, end: sizeEnd, value: String(size), meaning: 'field.chunkSize' });
  if (i > sizeEnd) fields.push({ name: 'chunk-ext', start: sizeEnd, end: i, value: previewText(bytes, sizeEnd, i), meaning: 'field.chunkExt' });
  fields.push({ name: 'crlf', start: i, end: i + 2, value: '', meaning: 'field.crlf' });
  return { size, next: i + 2 };
}

function join(chunks: readonly Uint8Array[]): Uint8Array {
  let total = 0;
  for (const c of chunks) total += c.length;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
