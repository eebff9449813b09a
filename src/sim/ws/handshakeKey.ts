/**
 * Sec-WebSocket-Key, RFC 6455 §4.1 item 7: "a nonce consisting of a randomly
 * selected 16-byte value that has been base64-encoded". Checked here with a
 * reason a learner can act on; the bytes themselves come from the caller.
 */
import { decodeBase64 } from './base64';

/** How many random bytes a key encodes (§4.1 item 7). */
export const HANDSHAKE_KEY_BYTES = 16;

/** Why a key is not acceptable, or the bytes it encodes. */
export type HandshakeKeyCheck =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly problem: 'empty' }
  | { readonly ok: false; readonly problem: 'not-base64' }
  | { readonly ok: false; readonly problem: 'wrong-length'; readonly length: number };

/** Checks `key` as a server reads it (surrounding whitespace ignored, as header values are trimmed). */
export function checkHandshakeKey(key: string): HandshakeKeyCheck {
  const text = key.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  const bytes = decodeBase64(text);
  if (bytes === undefined) return { ok: false, problem: 'not-base64' };
  if (bytes.length !== HANDSHAKE_KEY_BYTES) return { ok: false, problem: 'wrong-length', length: bytes.length };
  return { ok: true, bytes };
}
