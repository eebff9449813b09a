/** Decodes a chunked body on its own, e.g. the bytes after a streamed response's head (RFC 9112 §7.1). */
import type { Field } from '../timeline/types';
import type { HttpParseResult } from './parseResult';
import { readChunkedBody, type ChunkedBody } from './readChunkedBody';

/** Never throws; `needMore` until the last chunk and the final CRLF have arrived. */
export function decodeChunked(bytes: Uint8Array): HttpParseResult<ChunkedBody> {
  const fields: Field[] = [];
  const r = readChunkedBody(bytes, 0, fields);
  if ('ok' in r) return r;
  return { ok: true, value: { body: r.body, chunkSizes: r.chunkSizes, trailers: r.trailers }, consumed: r.next, fields };
}
