/**
 * The annotation of a SockJS frame or a client's send: the type letter, each
 * message of an array, a close frame's code and reason, the JSON punctuation
 * between them, and the newline HTTP transports add.
 */
import { fillGaps } from '../bytes/fillGaps';
import { jsonParts } from '../bytes/jsonParts';
import { previewText } from '../http/previewText';
import type { Field } from '../timeline/types';
import { ARRAY_FRAME, CLOSE_FRAME, HEARTBEAT_FRAME, MESSAGE_FRAME, OPEN_FRAME } from './frameTypes';

const TYPE_KEYS: Readonly<Record<number, string>> = {
  [OPEN_FRAME]: 'open', [HEARTBEAT_FRAME]: 'heartbeat', [ARRAY_FRAME]: 'array', [MESSAGE_FRAME]: 'message', [CLOSE_FRAME]: 'close',
};

/** The JSON array in `bytes[start, end)` as message fields (or close code and reason) plus syntax. */
export function arrayFields(bytes: Uint8Array, start: number, end: number, close = false): Field[] {
  const parsed = jsonParts(bytes, start, end);
  const parts: Field[] = (parsed?.parts ?? []).map((p, i) => {
    const value = previewText(bytes, p.start, p.end);
    if (close) return { name: i === 0 ? 'sockjs-close-code' : 'sockjs-close-reason', start: p.start, end: p.end, value, meaning: i === 0 ? 'sockjsfield.closeCode' : 'sockjsfield.closeReason' };
    return { name: 'sockjs-message', start: p.start, end: p.end, value, meaning: 'sockjsfield.message' };
  });
  return fillGaps(bytes, parts, start, end, 'json-syntax', 'sockjsfield.jsonSyntax');
}

/** Fields tiling a whole frame (`newline`: the last byte is the HTTP transports' "\n"). */
export function frameFields(bytes: Uint8Array, newline: boolean): Field[] {
  const bodyEnd = bytes.length - (newline ? 1 : 0);
  const type = bytes[0]!;
  const fields: Field[] = [{ name: 'sockjs-type', start: 0, end: 1, value: String.fromCharCode(type), meaning: `sockjsfield.type.${TYPE_KEYS[type]}` }];
  if (bodyEnd > 1) {
    if (type === MESSAGE_FRAME) fields.push({ name: 'sockjs-message', start: 1, end: bodyEnd, value: previewText(bytes, 1, bodyEnd), meaning: 'sockjsfield.message' });
    else fields.push(...arrayFields(bytes, 1, bodyEnd, type === CLOSE_FRAME));
  }
  if (newline) fields.push({ name: 'sockjs-newline', start: bodyEnd, end: bodyEnd + 1, value: '\\n', meaning: 'sockjsfield.newline' });
  return fields;
}
