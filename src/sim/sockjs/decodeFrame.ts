/**
 * Reads one SockJS server frame (sockjs-protocol 0.3, "Framing"), with or
 * without the HTTP transports' trailing "\n". Never throws.
 */
import { firstInvalidUtf8 } from '../bytes/firstInvalidUtf8';
import { decodeUtf8 } from '../bytes/utf8';
import type { Field } from '../timeline/types';
import { frameFields } from './frameFields';
import { ARRAY_FRAME, CLOSE_FRAME, FRAME_NEWLINE, HEARTBEAT_FRAME, MESSAGE_FRAME, OPEN_FRAME, type SockJsFrame } from './frameTypes';
import { sockJsError, type SockJsError } from './sockJsError';

/** The outcome of decoding a frame. */
export type DecodeSockJsFrameResult =
  | { readonly ok: true; readonly frame: SockJsFrame; readonly newline: boolean; readonly fields?: Field[] }
  | { readonly ok: false; readonly error: SockJsError };

const fail = (error: SockJsError): DecodeSockJsFrameResult => ({ ok: false, error });

function parseJson(bytes: Uint8Array, end: number): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(decodeUtf8(bytes, 1, end)) };
  } catch {
    return { ok: false };
  }
}

/** Decodes the frame that fills `bytes`. */
export function decodeSockJsFrame(bytes: Uint8Array, options: { readonly annotate?: boolean } = {}): DecodeSockJsFrameResult {
  const newline = bytes.length > 0 && bytes[bytes.length - 1] === FRAME_NEWLINE;
  const end = bytes.length - (newline ? 1 : 0);
  if (end === 0) return fail(sockJsError('emptyFrame', 0));
  const bad = firstInvalidUtf8(bytes, 0, end);
  if (bad >= 0) return fail(sockJsError('invalidJson', bad));
  const type = bytes[0]!;
  let frame: SockJsFrame;
  if (type === OPEN_FRAME || type === HEARTBEAT_FRAME) {
    if (end > 1) return fail(sockJsError('unexpectedData', 1));
    frame = { type: type === OPEN_FRAME ? 'open' : 'heartbeat' };
  } else if (type === ARRAY_FRAME || type === MESSAGE_FRAME || type === CLOSE_FRAME) {
    const json = parseJson(bytes, end);
    if (!json.ok) return fail(sockJsError('invalidJson', 1));
    const v = json.value;
    if (type === MESSAGE_FRAME) {
      if (typeof v !== 'string') return fail(sockJsError('notStringArray', 1));
      frame = { type: 'message', message: v };
    } else if (type === ARRAY_FRAME) {
      if (!Array.isArray(v) || !v.every((m) => typeof m === 'string')) return fail(sockJsError('notStringArray', 1));
      frame = { type: 'array', messages: v as string[] };
    } else {
      if (!Array.isArray(v) || v.length !== 2 || !Number.isInteger(v[0]) || typeof v[1] !== 'string') return fail(sockJsError('badClose', 1));
      frame = { type: 'close', code: v[0] as number, reason: v[1] as string };
    }
  } else return fail(sockJsError('unknownFrameType', 0, { char: decodeUtf8(bytes, 0, 1) }));
  return options.annotate ? { ok: true, frame, newline, fields: frameFields(bytes, newline) } : { ok: true, frame, newline };
}
