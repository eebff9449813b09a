/**
 * The body of a Close frame, RFC 6455 §5.5.1: empty, or a 2-byte status code in
 * network byte order followed by an optional UTF-8 reason.
 */
import { decodeUtf8, encodeUtf8 } from '../bytes/utf8';
import { CLOSE_NO_STATUS, isValidCloseCode } from './closeCodes';
import { Utf8Validator } from './utf8Validator';
import { CLOSE_CODE_BYTES as CODE_BYTES, MAX_CLOSE_REASON_BYTES } from './frameLimits';
import { wsError, type WsError } from './wsError';

export { MAX_CLOSE_REASON_BYTES };

/** A parsed Close body; `code` is 1005 (no status received) when the body was empty (§7.1.5). */
export type ClosePayloadResult =
  | { readonly ok: true; readonly code: number; readonly reason: string; readonly hasCode: boolean }
  | { readonly ok: false; readonly error: WsError };

/**
 * Builds a Close body. No code gives an empty body. Throws RangeError for a code
 * that may not be sent (§7.4) or a reason over 123 bytes: those are programming
 * errors, not input to explain.
 */
export function encodeClosePayload(code?: number, reason = ''): Uint8Array {
  if (code === undefined) {
    if (reason !== '') throw new RangeError('A close reason needs a status code (RFC 6455 §5.5.1)');
    return new Uint8Array(0);
  }
  if (!isValidCloseCode(code)) throw new RangeError(`Close code ${code} may not be sent (RFC 6455 §7.4)`);
  const text = encodeUtf8(reason);
  if (text.length > MAX_CLOSE_REASON_BYTES) throw new RangeError(`Close reason is ${text.length} bytes; at most ${MAX_CLOSE_REASON_BYTES} fit (RFC 6455 §5.5)`);
  const out = new Uint8Array(CODE_BYTES + text.length);
  out[0] = code >>> 8;
  out[1] = code & 0xff;
  out.set(text, CODE_BYTES);
  return out;
}

/** Reads a Close body; error offsets are relative to the start of `payload`. Never throws. */
export function parseClosePayload(payload: Uint8Array): ClosePayloadResult {
  if (payload.length === 0) return { ok: true, code: CLOSE_NO_STATUS, reason: '', hasCode: false };
  if (payload.length === 1) return { ok: false, error: wsError('closeOneByte', 0, { length: 1 }) };
  const code = (payload[0]! << 8) | payload[1]!;
  if (!isValidCloseCode(code)) return { ok: false, error: wsError('invalidCloseCode', 0, { closeCode: code }) };
  const v = new Utf8Validator();
  const bad = v.push(payload, CODE_BYTES);
  if (bad !== -1) return { ok: false, error: wsError('invalidCloseReason', bad) };
  if (!v.complete) return { ok: false, error: wsError('invalidCloseReason', payload.length) };
  return { ok: true, code, reason: decodeUtf8(payload, CODE_BYTES), hasCode: true };
}
