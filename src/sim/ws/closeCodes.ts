/**
 * Close status codes, RFC 6455 §7.4.1 (defined codes) and §7.4.2 (ranges), plus
 * 1012–1014 from the IANA registry that `ws` also accepts.
 */

/** The purpose of the connection was fulfilled. */
export const CLOSE_NORMAL = 1000;
/** The endpoint is going away (server shutting down, page navigated away). */
export const CLOSE_GOING_AWAY = 1001;
/** The peer broke the protocol (bad framing, masking, opcode …). */
export const CLOSE_PROTOCOL_ERROR = 1002;
/** The endpoint received a type of data it cannot accept. */
export const CLOSE_UNSUPPORTED_DATA = 1003;
/** Reserved; never sent. */
export const CLOSE_RESERVED = 1004;
/** Reported when a Close frame carried no status code; never sent (§7.1.5). */
export const CLOSE_NO_STATUS = 1005;
/** Reported when the connection dropped without a Close frame; never sent (§7.1.5). */
export const CLOSE_ABNORMAL = 1006;
/** A message's data did not match its type, e.g. invalid UTF-8 in a text message (§8.1). */
export const CLOSE_INVALID_PAYLOAD = 1007;
/** A message violated the endpoint's policy. */
export const CLOSE_POLICY_VIOLATION = 1008;
/** A message was too big to process. */
export const CLOSE_MESSAGE_TOO_BIG = 1009;
/** The client expected the server to negotiate an extension. */
export const CLOSE_MANDATORY_EXTENSION = 1010;
/** The server hit an unexpected condition. */
export const CLOSE_INTERNAL_ERROR = 1011;
/** The server is restarting (IANA registry). */
export const CLOSE_SERVICE_RESTART = 1012;
/** Try again later (IANA registry). */
export const CLOSE_TRY_AGAIN_LATER = 1013;
/** A gateway got a bad response upstream (IANA registry). */
export const CLOSE_BAD_GATEWAY = 1014;
/** TLS handshake failed; never sent (§7.4.1). */
export const CLOSE_TLS_HANDSHAKE = 1015;

// §7.4.2: 3000–3999 are registered with IANA, 4000–4999 are for private use.
const REGISTERED_MIN = 3000;
const PRIVATE_MAX = 4999;

/**
 * True if `code` may appear in a Close frame on the wire (§7.4). Same rule as
 * `ws`'s isValidStatusCode: 1000–1014 except 1004–1006, and 3000–4999.
 */
export function isValidCloseCode(code: number): boolean {
  return (
    (code >= CLOSE_NORMAL && code <= CLOSE_BAD_GATEWAY && code !== CLOSE_RESERVED && code !== CLOSE_NO_STATUS && code !== CLOSE_ABNORMAL) ||
    (code >= REGISTERED_MIN && code <= PRIVATE_MAX)
  );
}
