/** Encodes one Server-Sent Event as a text/event-stream block (WHATWG HTML §9.2.5, §9.2.6). */
import type { EncodedMessage, SseEventInit } from './types';
import { MessageWriter } from './messageWriter';

/** The stream's line terminator; we always send LF, the shortest of the three the spec accepts. */
const EOL = '\n';
const FIELD_SEPARATOR = ': ';
// WHATWG §9.2.6: CRLF, LF and CR all end a line, so each one starts a new data: line.
const LINE_BREAK = /\r\n|\r|\n/;
const LINE_BREAKS = /\r\n|\r|\n/g;
const BASE_10 = 10;
// Room for the id/event/retry lines and data: prefixes; the writer grows if needed.
const LINE_OVERHEAD_HINT = 64;

/**
 * `: comment`, `id:`, `event:`, `retry:` lines (each only if given), one `data:` line per
 * line of `data`, then the blank line that dispatches the event. Line breaks inside
 * id/event/comment would end the line early, so they become spaces.
 */
export function encodeSseEvent(ev: SseEventInit): EncodedMessage {
  const w = new MessageWriter(ev.data.length + LINE_OVERHEAD_HINT);
  if (ev.comment !== undefined) {
    const comment = oneLine(ev.comment);
    w.texts('sse-comment', [':', comment.length > 0 ? ' ' : '', comment, EOL], 'field.sseComment', comment);
  }
  if (ev.id !== undefined) line(w, 'id', oneLine(ev.id), 'field.sseId');
  if (ev.event !== undefined) line(w, 'event', oneLine(ev.event), 'field.sseEvent');
  if (ev.retry !== undefined) line(w, 'retry', Math.max(0, Math.floor(ev.retry)).toString(BASE_10), 'field.sseRetry');
  for (const value of ev.data.split(LINE_BREAK)) {
    w.text('sse-field:data', `data${FIELD_SEPARATOR}`, 'field.sseData', 'data');
    w.text('sse-data', value, 'field.sseDataValue', value, true);
    w.text('sse-eol', EOL, 'field.sseEol', '');
  }
  w.text('sse-end', EOL, 'field.sseEnd', '');
  return w.finish();
}

function line(w: MessageWriter, name: string, value: string, meaning: string): void {
  w.texts(`sse-field:${name}`, [name, FIELD_SEPARATOR, value, EOL], meaning, value);
}

function oneLine(s: string): string {
  return s.replace(LINE_BREAKS, ' ');
}
