/**
 * Parses a text/event-stream the way a browser's EventSource does (WHATWG HTML §9.2.6
 * "Interpreting an event stream"), annotating every byte it consumed.
 */
import type { Field } from '../timeline/types';
import type { SseEvent } from './types';
import { encodeUtf8 } from '../bytes/utf8';
import { decodeText } from './decodeText';
import { CR, LF, COLON, SP, isDigit } from './ascii';
import { NEED_MORE, type HttpParseResult } from './parseResult';

/** What a stream prefix yields: events dispatched, and the reconnection state they leave behind. */
export interface SseStream {
  readonly events: SseEvent[];
  /** The last event ID string after the last complete block. */
  readonly lastEventId: string;
  /** The last valid `retry:` in a complete block, if any. */
  readonly retry?: number;
}

const BOM = [0xef, 0xbb, 0xbf];
const NUL = 0x00;
const DEFAULT_EVENT_TYPE = 'message';

/**
 * Never throws and never fails: malformed lines are ignored, as the spec says. Offsets and
 * `consumed` count UTF-8 bytes (a string input is encoded first); `consumed` stops after the
 * blank line of the last complete block, so a reader feeds the rest again with more bytes.
 * `needMore` means no complete block yet.
 */
export function parseSseStream(input: string | Uint8Array, lastEventId = ''): HttpParseResult<SseStream> {
  const bytes = typeof input === 'string' ? encodeUtf8(input) : input;
  const fields: Field[] = [];
  const events: SseEvent[] = [];
  let pos = 0;
  // WHATWG §9.2.5: one leading U+FEFF BOM is ignored.
  if (bytes.length >= BOM.length && BOM.every((b, k) => bytes[k] === b)) {
    fields.push({ name: 'sse-bom', start: 0, end: BOM.length, value: '', meaning: 'field.sseBom' });
    pos = BOM.length;
  }
  let data = '';
  let hasData = false;
  let type = '';
  let idBuffer = lastEventId;
  let idString = lastEventId;
  let retry: number | undefined;
  let committedRetry: number | undefined;
  let committed = 0;
  let committedFields = 0;
  let blockStart = pos;

  for (;;) {
    let eol = pos;
    while (eol < bytes.length && bytes[eol] !== CR && bytes[eol] !== LF) eol++;
    if (eol === bytes.length) break;
    const next = bytes[eol] === CR && bytes[eol + 1] === LF ? eol + 2 : eol + 1;

    if (eol === pos) {
      fields.push({ name: 'sse-end', start: pos, end: next, value: '', meaning: 'field.sseEnd' });
      // Dispatch (§9.2.6): the ID is committed even when no event fires.
      idString = idBuffer;
      if (hasData) {
        events.push({ type: type || DEFAULT_EVENT_TYPE, data: data.endsWith('\n') ? data.slice(0, -1) : data, lastEventId: idString, start: blockStart, end: next });
      }
      data = '';
      hasData = false;
      type = '';
      committed = next;
      committedFields = fields.length;
      committedRetry = retry;
      blockStart = next;
      pos = next;
      continue;
    }

    if (bytes[pos] === COLON) {
      const textStart = bytes[pos + 1] === SP && pos + 1 < eol ? pos + 2 : pos + 1;
      fields.push({ name: 'sse-comment', start: pos, end: next, value: decodeText(bytes, textStart, eol), meaning: 'field.sseComment' });
      pos = next;
      continue;
    }

    let colon = pos;
    while (colon < eol && bytes[colon] !== COLON) colon++;
    const name = decodeText(bytes, pos, colon);
    // "If value starts with a U+0020 SPACE character, remove it from value."
    const valueStart = colon === eol ? eol : bytes[colon + 1] === SP ? colon + 2 : colon + 1;
    const value = decodeText(bytes, Math.min(valueStart, eol), eol);

    switch (name) {
      case 'data':
        data += `${value}\n`;
        hasData = true;
        fields.push({ name: 'sse-field:data', start: pos, end: Math.min(valueStart, eol), value: 'data', meaning: 'field.sseData' });
        if (eol > valueStart) fields.push({ name: 'sse-data', start: valueStart, end: eol, value, meaning: 'field.sseDataValue' });
        fields.push({ name: 'sse-eol', start: eol, end: next, value: '', meaning: 'field.sseEol' });
        pos = next;
        continue;
      case 'event':
        type = value;
        break;
      case 'id':
        // An id containing NULL is ignored, so a stray byte cannot poison reconnection.
        if (bytes.subarray(pos, eol).indexOf(NUL) < 0) idBuffer = value;
        break;
      case 'retry':
        if (value.length > 0 && [...value].every((c) => isDigit(c.charCodeAt(0)))) retry = Number(value);
        break;
    }
    fields.push({ name: `sse-field:${name}`, start: pos, end: next, value, meaning: fieldMeaning(name) });
    pos = next;
  }

  if (committed === 0) return NEED_MORE;
  fields.length = committedFields;
  const value: SseStream = committedRetry === undefined ? { events, lastEventId: idString } : { events, lastEventId: idString, retry: committedRetry };
  return { ok: true, value, consumed: committed, fields };
}

function fieldMeaning(name: string): string {
  switch (name) {
    case 'event': return 'field.sseEvent';
    case 'id': return 'field.sseId';
    case 'retry': return 'field.sseRetry';
    default: return 'field.sseUnknown';
  }
}
