/** Parses a complete response: head and a Content-Length or chunked body (RFC 9112 §4–§7). */
import type { Field } from '../timeline/types';
import type { HttpResponse } from './types';
import type { HttpParseResult } from './parseResult';
import { readResponseHead, responseOf } from './parseResponseHead';
import { bodyFraming } from './bodyFraming';
import { readBody } from './readBody';

/**
 * Never throws. A chunked body is returned decoded (chunk data joined). A response with
 * neither Content-Length nor Transfer-Encoding runs to connection close, so all remaining
 * input is taken as its body.
 */
export function parseResponse(bytes: Uint8Array): HttpParseResult<HttpResponse> {
  const fields: Field[] = [];
  const head = readResponseHead(bytes, fields);
  if ('ok' in head) return head;
  const framing = bodyFraming(head.block, { kind: 'response', status: head.status.status });
  if ('ok' in framing) return framing;
  const body = readBody(bytes, head.block.next, framing, fields);
  if ('ok' in body) return body;
  return { ok: true, value: responseOf(head.status, head.block, body.body), consumed: body.next, fields };
}
