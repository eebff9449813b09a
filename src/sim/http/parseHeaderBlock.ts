/** Parses header field lines up to the blank line (RFC 9112 §5); also used for chunked trailers. */
import type { Field } from '../timeline/types';
import type { HttpHeader } from './types';
import { fieldName } from './fieldName';
import { internText } from './internText';
import { COLON, HTAB, isFieldContentByte, isTchar, SP } from './ascii';
import { httpFail, type HttpParseFailure } from './parseResult';
import { readLine } from './readLine';
import { headerMeaning } from './headerMeaning';

/** Headers in order, the byte offset of each line, and where the block ends. */
export interface HeaderBlock {
  readonly headers: HttpHeader[];
  readonly offsets: number[];
  readonly next: number;
}

/** How to name the fields: "header:" lines ending the head, or "trailer:" lines ending a chunked body. */
export interface HeaderBlockNames {
  readonly prefix: 'header:' | 'trailer:';
  readonly endMeaning: string;
  /** Meaning of every line (trailers); by default each header's own. */
  readonly lineMeaning?: string;
}

const isOws = (b: number): boolean => b === SP || b === HTAB;

/** Reads `name: value` lines from `from` until an empty line; `headStart` is for the size limit. */
export function parseHeaderBlock(bytes: Uint8Array, from: number, headStart: number, fields: Field[], names: HeaderBlockNames): HeaderBlock | HttpParseFailure {
  const headers: HttpHeader[] = [];
  const offsets: number[] = [];
  let pos = from;
  for (;;) {
    const line = readLine(bytes, pos, headStart);
    if ('ok' in line) return line;
    const { start, end } = line;
    if (end === start) {
      fields.push({ name: 'blank-line', start, end: line.next, value: '', meaning: names.endMeaning });
      return { headers, offsets, next: line.next };
    }
    // RFC 9112 §5.2: line folding (obs-fold) is obsolete; a server must reject it.
    if (isOws(bytes[start]!)) return httpFail('HTTP_ERR_OBS_FOLD', start);
    let i = start;
    while (i < end && isTchar(bytes[i]!)) i++;
    if (i === end || bytes[i] !== COLON) {
      const colon = bytes.subarray(start, end).indexOf(COLON);
      if (colon < 0) return httpFail('HTTP_ERR_HEADER_NO_COLON', start);
      // RFC 9112 §5.1: no whitespace is allowed between the field name and the colon.
      if (isOws(bytes[i]!)) return httpFail('HTTP_ERR_SPACE_BEFORE_COLON', i);
      return httpFail('HTTP_ERR_BAD_HEADER_NAME', i);
    }
    if (i === start) return httpFail('HTTP_ERR_BAD_HEADER_NAME', start);
    let valueStart = i + 1;
    let valueEnd = end;
    // RFC 9112 §5.1: OWS around the value is not part of it.
    while (valueStart < valueEnd && isOws(bytes[valueStart]!)) valueStart++;
    while (valueEnd > valueStart && isOws(bytes[valueEnd - 1]!)) valueEnd--;
    // RFC 9110 §5.5: CR, LF, NUL and other controls are not field content.
    for (let k = valueStart; k < valueEnd; k++) {
      if (!isFieldContentByte(bytes[k]!)) return httpFail('HTTP_ERR_BAD_HEADER_VALUE', k);
    }
    const name = internText(bytes, start, i);
    const value = internText(bytes, valueStart, valueEnd);
    headers.push({ name, value });
    offsets.push(start);
    fields.push({ name: fieldName(names.prefix, name), start, end: line.next, value, meaning: names.lineMeaning ?? headerMeaning(name) });
    pos = line.next;
  }
}
