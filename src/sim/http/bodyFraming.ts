/** Decides how a message body is delimited (RFC 9112 §6.3). */
import type { HttpHeader } from './types';
import { httpFail, type HttpParseFailure } from './parseResult';
import type { HeaderBlock } from './parseHeaderBlock';

/** How the body after the head ends. */
export type BodyFraming =
  | { readonly kind: 'none' }
  | { readonly kind: 'length'; readonly length: number }
  | { readonly kind: 'chunked' }
  /** Response without length: the body is everything until the connection closes (RFC 9112 §6.3 rule 8). */
  | { readonly kind: 'close' };

/** Who sent the message; responses also need their status. */
export type FramingRole = { readonly kind: 'request' } | { readonly kind: 'response'; readonly status: number };

const NO_BODY_STATUSES = new Set([204, 304]);
const INFORMATIONAL_MIN = 100;
const INFORMATIONAL_MAX = 199;
// 15 digits stay below Number.MAX_SAFE_INTEGER.
const MAX_LENGTH_DIGITS = 15;
const DIGITS_ONLY = /^[0-9]+$/;
const CHUNKED = 'chunked';

/** Applies RFC 9112 §6.3 to the parsed headers. */
export function bodyFraming(block: HeaderBlock, role: FramingRole): BodyFraming | HttpParseFailure {
  // Rule 1: 1xx, 204 and 304 responses never have a body.
  if (role.kind === 'response' && ((role.status >= INFORMATIONAL_MIN && role.status <= INFORMATIONAL_MAX) || NO_BODY_STATUSES.has(role.status))) {
    return { kind: 'none' };
  }
  let transferEncoding: string | undefined;
  let teAt = -1;
  let lengthAt = -1;
  let length = -1;
  for (let k = 0; k < block.headers.length; k++) {
    const h: HttpHeader = block.headers[k]!;
    const name = h.name.toLowerCase();
    if (name === 'transfer-encoding') {
      // Repeated headers form one list (RFC 9110 §5.3); the first line is where errors point.
      if (transferEncoding === undefined) teAt = block.offsets[k]!;
      transferEncoding = transferEncoding === undefined ? h.value : `${transferEncoding}, ${h.value}`;
    } else if (name === 'content-length') {
      // RFC 9112 §6.3 rule 5: a list of identical values counts as one; anything else is invalid.
      for (const member of h.value.split(',')) {
        const v = member.trim();
        const n = DIGITS_ONLY.test(v) && v.length <= MAX_LENGTH_DIGITS ? Number(v) : -1;
        if (n < 0 || (length >= 0 && n !== length)) return httpFail('HTTP_ERR_BAD_CONTENT_LENGTH', block.offsets[k]!);
        length = n;
      }
      lengthAt = block.offsets[k]!;
    }
  }
  if (transferEncoding !== undefined) {
    // Rule 3: both headers at once is how request smuggling starts; we treat it as an error.
    if (lengthAt >= 0) return httpFail('HTTP_ERR_LENGTH_AND_CHUNKED', teAt);
    const codings = transferEncoding.split(',').map((c) => c.trim().toLowerCase());
    if (codings[codings.length - 1] === CHUNKED) return { kind: 'chunked' };
    // Rule 4: a request whose final coding is not chunked cannot be delimited.
    return role.kind === 'request' ? httpFail('HTTP_ERR_BAD_TRANSFER_ENCODING', teAt) : { kind: 'close' };
  }
  if (lengthAt >= 0) return { kind: 'length', length };
  // Rules 7 and 8: a request without either header has no body; a response runs to close.
  return role.kind === 'request' ? { kind: 'none' } : { kind: 'close' };
}
