/**
 * Sec-WebSocket-Accept, RFC 6455 §4.2.2 step 5.4 (and the §1.3 example): the
 * base64 of the SHA-1 of the client's key followed by a fixed GUID. Synchronous,
 * and the same in the browser and in Node.
 */
import { sha1 } from '@noble/hashes/legacy.js';
import { encodeUtf8 } from '../bytes/utf8';
import { encodeBase64 } from './base64';

/** The GUID every server appends to the key (RFC 6455 §1.3). */
export const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/** Each step of the computation, for a stepper to show one at a time. */
export interface AcceptKeySteps {
  /** The client's Sec-WebSocket-Key, as sent. */
  readonly key: string;
  readonly guid: string;
  /** key + GUID, the string that is hashed. */
  readonly concatenated: string;
  /** Its 20-byte SHA-1 digest. */
  readonly sha1: Uint8Array;
  /** The digest in base64: the Sec-WebSocket-Accept value. */
  readonly accept: string;
}

/** Computes Sec-WebSocket-Accept for `key`, keeping every intermediate step. */
export function acceptKeySteps(key: string): AcceptKeySteps {
  const concatenated = key + WS_GUID;
  const digest = sha1(encodeUtf8(concatenated));
  return { key, guid: WS_GUID, concatenated, sha1: digest, accept: encodeBase64(digest) };
}

/** The Sec-WebSocket-Accept value a server must send for the client's `key`. */
export function computeAcceptKey(key: string): string {
  return acceptKeySteps(key).accept;
}
