/**
 * What a SockJS client sends: a JSON array of strings, `["msg1","msg2"]`, as a
 * WebSocket message or the body of an xhr_send POST. sockjs-node answers an
 * xhr_send body that is empty, not JSON or not an array with 500 "Payload
 * expected." / "Broken JSON encoding.", and closes a WebSocket session whose
 * message is not JSON with 3000 "Broken framing.". Never throws.
 */
import { decodeUtf8, encodeUtf8 } from '../bytes/utf8';
import type { Field } from '../timeline/types';
import { previewText } from '../http/previewText';
import { arrayFields } from './frameFields';
import { quoteMessage } from './quoteMessage';
import { sockJsError, type SockJsError } from './sockJsError';

/** An encoded send: its bytes and (if asked) fields that tile them. */
export interface EncodedSockJsSend {
  readonly text: string;
  readonly bytes: Uint8Array;
  readonly fields?: Field[];
}

/** How sockjs-node answers a bad send: a 500 with a body (xhr_send), or closing the session (WebSocket). */
export type SockJsServerAnswer =
  | { readonly kind: 'http'; readonly status: 500; readonly body: string }
  | { readonly kind: 'close'; readonly code: 3000; readonly reason: string };

/** The outcome of reading a client's send. */
export type DecodeSockJsSendResult =
  | { readonly ok: true; readonly messages: readonly string[]; readonly fields?: Field[] }
  | { readonly ok: false; readonly error: SockJsError; /** What the real server does; undefined where it would pass the send on. */ readonly answer?: SockJsServerAnswer };

/** Options for `decodeSockJsSend`. */
export interface DecodeSockJsSendOptions {
  /** `xhr` (default): an xhr_send body, which must be an array; `websocket`: a message, where one JSON string is also one message. */
  readonly transport?: 'xhr' | 'websocket';
  readonly annotate?: boolean;
}

const http500 = (body: string): SockJsServerAnswer => ({ kind: 'http', status: 500, body });

/** Encodes the messages a client batches into one send. */
export function encodeSockJsSend(messages: readonly string[], options: { readonly annotate?: boolean } = {}): EncodedSockJsSend {
  const text = `[${messages.map((m) => quoteMessage(m, 'client')).join(',')}]`;
  const bytes = encodeUtf8(text);
  return options.annotate ? { text, bytes, fields: arrayFields(bytes, 0, bytes.length) } : { text, bytes };
}

/** Reads a client's send as sockjs-node does, and says how it would answer a bad one. */
export function decodeSockJsSend(bytes: Uint8Array, options: DecodeSockJsSendOptions = {}): DecodeSockJsSendResult {
  const ws = options.transport === 'websocket';
  if (bytes.length === 0) return { ok: false, error: sockJsError('payloadExpected', 0), ...(ws ? {} : { answer: http500('Payload expected.') }) };
  let value: unknown;
  try {
    value = JSON.parse(decodeUtf8(bytes));
  } catch {
    return { ok: false, error: sockJsError('brokenJson', 0), answer: ws ? { kind: 'close', code: 3000, reason: 'Broken framing.' } : http500('Broken JSON encoding.') };
  }
  const single = ws && typeof value === 'string';
  if (!single && !Array.isArray(value)) return { ok: false, error: sockJsError('payloadExpected', 0), ...(ws ? {} : { answer: http500('Payload expected.') }) };
  const messages = single ? [value as string] : (value as unknown[]);
  // sockjs-node passes non-string items on as they are; the protocol only ever sends strings.
  if (!messages.every((m) => typeof m === 'string')) return { ok: false, error: sockJsError('notStringArray', 0) };
  if (!options.annotate) return { ok: true, messages: messages as string[] };
  const fields: Field[] = single ? [{ name: 'sockjs-message', start: 0, end: bytes.length, value: previewText(bytes), meaning: 'sockjsfield.message' }] : arrayFields(bytes, 0, bytes.length);
  return { ok: true, messages: messages as string[], fields };
}
