/** Parses request lines (RFC 9112 §3) and status lines (RFC 9112 §4) into fields. */
import type { Field } from '../timeline/types';
import { decodeText } from './decodeText';
import { internText } from './internText';
import { isDigit, isFieldContentByte, isTchar, isVchar, SP } from './ascii';
import { httpFail, type HttpParseFailure } from './parseResult';
import type { Line } from './readLine';

/** RFC 9112 §2.3: HTTP-version = "HTTP" "/" DIGIT "." DIGIT */
const VERSION_PREFIX = [0x48, 0x54, 0x54, 0x50, 0x2f]; // "HTTP/"
const DOT = 0x2e;
const VERSION_LENGTH = 8;
const STATUS_DIGITS = 3;

/** The three parts of a request line. */
export interface RequestLine {
  readonly method: string;
  readonly target: string;
  readonly version: string;
}

/** The parts of a status line; `reason` may be empty. */
export interface StatusLine {
  readonly version: string;
  readonly status: number;
  readonly reason: string;
}

/** Offset of the first byte that breaks HTTP-version in [start, end), or -1 if it is a whole version. */
function versionError(bytes: Uint8Array, start: number, end: number): number {
  for (let k = 0; k < VERSION_PREFIX.length; k++) {
    if (start + k >= end || bytes[start + k] !== VERSION_PREFIX[k]) return start + k;
  }
  const major = start + VERSION_PREFIX.length;
  if (major >= end || !isDigit(bytes[major]!)) return major;
  if (major + 1 >= end || bytes[major + 1] !== DOT) return major + 1;
  if (major + 2 >= end || !isDigit(bytes[major + 2]!)) return major + 2;
  return -1;
}

function push(fields: Field[], name: string, start: number, end: number, value: string, meaning: string): void {
  if (end > start) fields.push({ name, start, end, value, meaning });
}

/** method SP request-target SP HTTP-version CRLF */
export function parseRequestLine(bytes: Uint8Array, line: Line, fields: Field[]): RequestLine | HttpParseFailure {
  const { start, end } = line;
  let i = start;
  while (i < end && isTchar(bytes[i]!)) i++;
  if (i === start || i === end || bytes[i] !== SP) return httpFail('HTTP_ERR_BAD_REQUEST_LINE', i);
  const method = internText(bytes, start, i);
  const targetStart = ++i;
  while (i < end && isVchar(bytes[i]!)) i++;
  if (i === targetStart || i === end || bytes[i] !== SP) return httpFail('HTTP_ERR_BAD_REQUEST_LINE', i);
  const target = decodeText(bytes, targetStart, i);
  const versionStart = ++i;
  const bad = versionError(bytes, versionStart, end);
  if (bad >= 0) return httpFail('HTTP_ERR_BAD_VERSION', bad);
  if (end !== versionStart + VERSION_LENGTH) return httpFail('HTTP_ERR_BAD_REQUEST_LINE', versionStart + VERSION_LENGTH);
  const version = internText(bytes, versionStart, end);
  push(fields, 'method', start, targetStart - 1, method, 'field.method');
  push(fields, 'sp', targetStart - 1, targetStart, '', 'field.sp');
  push(fields, 'target', targetStart, versionStart - 1, target, 'field.target');
  push(fields, 'sp', versionStart - 1, versionStart, '', 'field.sp');
  push(fields, 'version', versionStart, end, version, 'field.version');
  push(fields, 'crlf', end, line.next, '', 'field.crlf');
  return { method, target, version };
}

/** HTTP-version SP status-code SP [ reason-phrase ] CRLF; a missing last SP is tolerated. */
export function parseStatusLine(bytes: Uint8Array, line: Line, fields: Field[]): StatusLine | HttpParseFailure {
  const { start, end } = line;
  const bad = versionError(bytes, start, end);
  if (bad >= 0) return httpFail('HTTP_ERR_BAD_VERSION', bad);
  const versionEnd = start + VERSION_LENGTH;
  if (versionEnd >= end || bytes[versionEnd] !== SP) return httpFail('HTTP_ERR_BAD_STATUS_LINE', versionEnd);
  const codeStart = versionEnd + 1;
  let status = 0;
  for (let k = 0; k < STATUS_DIGITS; k++) {
    const at = codeStart + k;
    if (at >= end || !isDigit(bytes[at]!)) return httpFail('HTTP_ERR_BAD_STATUS_LINE', at);
    status = status * 10 + (bytes[at]! - 0x30);
  }
  const codeEnd = codeStart + STATUS_DIGITS;
  if (codeEnd < end && bytes[codeEnd] !== SP) return httpFail('HTTP_ERR_BAD_STATUS_LINE', codeEnd);
  for (let i = codeEnd + 1; i < end; i++) {
    if (!isFieldContentByte(bytes[i]!)) return httpFail('HTTP_ERR_BAD_STATUS_LINE', i);
  }
  const version = internText(bytes, start, versionEnd);
  const reason = codeEnd < end ? internText(bytes, codeEnd + 1, end) : '';
  push(fields, 'version', start, versionEnd, version, 'field.version');
  push(fields, 'sp', versionEnd, codeStart, '', 'field.sp');
  push(fields, 'status-code', codeStart, codeEnd, String(status), 'field.statusCode');
  push(fields, 'sp', codeEnd, Math.min(codeEnd + 1, end), '', 'field.sp');
  push(fields, 'reason', codeEnd + 1, end, reason, 'field.reason');
  push(fields, 'crlf', end, line.next, '', 'field.crlf');
  return { version, status, reason };
}
