/** Parses a complete request: request line, headers and body (RFC 9112 §3, §5, §6). */
import type { Field } from '../timeline/types';
import type { HttpRequest } from './types';
import type { HttpParseResult } from './parseResult';
import { readLine } from './readLine';
import { parseRequestLine } from './parseStartLine';
import { parseHeaderBlock } from './parseHeaderBlock';
import { bodyFraming } from './bodyFraming';
import { readBody } from './readBody';
import { HTTP_VERSION } from './writeHead';

/** Never throws; the version is left out of the value when it is the default HTTP/1.1. */
export function parseRequest(bytes: Uint8Array): HttpParseResult<HttpRequest> {
  const fields: Field[] = [];
  const line = readLine(bytes, 0, 0);
  if ('ok' in line) return line;
  const start = parseRequestLine(bytes, line, fields);
  if ('ok' in start) return start;
  const block = parseHeaderBlock(bytes, line.next, 0, fields, { prefix: 'header:', endMeaning: 'field.blankLine' });
  if ('ok' in block) return block;
  const framing = bodyFraming(block, { kind: 'request' });
  if ('ok' in framing) return framing;
  const body = readBody(bytes, block.next, framing, fields);
  if ('ok' in body) return body;
  const value: HttpRequest = {
    method: start.method,
    target: start.target,
    headers: block.headers,
    ...(body.body ? { body: body.body } : {}),
    ...(start.version === HTTP_VERSION ? {} : { version: start.version }),
  };
  return { ok: true, value, consumed: body.next, fields };
}
