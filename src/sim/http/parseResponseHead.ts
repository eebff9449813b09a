/** Parses the head of a response: status line and headers (RFC 9112 §4, §5). */
import type { Field } from '../timeline/types';
import type { HttpResponse } from './types';
import type { HttpParseFailure, HttpParseResult } from './parseResult';
import { readLine } from './readLine';
import { parseStatusLine, type StatusLine } from './parseStartLine';
import { parseHeaderBlock, type HeaderBlock } from './parseHeaderBlock';
import { HTTP_VERSION } from './writeHead';

/** Status line + header block, with their fields, as parseResponse needs them. */
export function readResponseHead(bytes: Uint8Array, fields: Field[]): { status: StatusLine; block: HeaderBlock } | HttpParseFailure {
  const line = readLine(bytes, 0, 0);
  if ('ok' in line) return line;
  const status = parseStatusLine(bytes, line, fields);
  if ('ok' in status) return status;
  const block = parseHeaderBlock(bytes, line.next, 0, fields, { prefix: 'header:', endMeaning: 'field.blankLine' });
  if ('ok' in block) return block;
  return { status, block };
}

/** Builds the response value; the version is left out when it is the default HTTP/1.1. */
export function responseOf(status: StatusLine, block: HeaderBlock, body?: Uint8Array): HttpResponse {
  return {
    status: status.status,
    reason: status.reason,
    headers: block.headers,
    ...(body ? { body } : {}),
    ...(status.version === HTTP_VERSION ? {} : { version: status.version }),
  };
}

/** Parses only the head; `consumed` ends after the blank line, where a streamed body begins. */
export function parseResponseHead(bytes: Uint8Array): HttpParseResult<HttpResponse> {
  const fields: Field[] = [];
  const head = readResponseHead(bytes, fields);
  if ('ok' in head) return head;
  return { ok: true, value: responseOf(head.status, head.block), consumed: head.block.next, fields };
}

