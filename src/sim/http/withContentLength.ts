/** Sets the Content-Length header that frames a body (RFC 9112 §6.2). */
import type { HttpHeader } from './types';

const CONTENT_LENGTH = 'Content-Length';

/**
 * Returns headers with `Content-Length: <body length>`: replaces an existing one in place,
 * else inserts it after Content-Type (where servers usually put it), else appends it.
 */
export function withContentLength(headers: readonly HttpHeader[], body: Uint8Array | undefined): HttpHeader[] {
  const header: HttpHeader = { name: CONTENT_LENGTH, value: String(body?.length ?? 0) };
  const out = headers.slice();
  const existing = out.findIndex((h) => h.name.toLowerCase() === 'content-length');
  if (existing >= 0) {
    out[existing] = { name: out[existing]!.name, value: header.value };
    return out;
  }
  const contentType = out.findIndex((h) => h.name.toLowerCase() === 'content-type');
  out.splice(contentType >= 0 ? contentType + 1 : out.length, 0, header);
  return out;
}
