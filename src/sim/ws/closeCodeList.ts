/**
 * Every close status code RFC 6455 §7.4.1 defines (plus 1012–1014 from the IANA
 * registry), in order, with whether it may travel in a Close frame — for the
 * status code table a lesson shows. The meanings are i18n text, not here.
 */
import {
  CLOSE_ABNORMAL, CLOSE_BAD_GATEWAY, CLOSE_GOING_AWAY, CLOSE_INTERNAL_ERROR, CLOSE_INVALID_PAYLOAD, CLOSE_MANDATORY_EXTENSION,
  CLOSE_MESSAGE_TOO_BIG, CLOSE_NO_STATUS, CLOSE_NORMAL, CLOSE_POLICY_VIOLATION, CLOSE_PROTOCOL_ERROR, CLOSE_RESERVED,
  CLOSE_SERVICE_RESTART, CLOSE_TLS_HANDSHAKE, CLOSE_TRY_AGAIN_LATER, CLOSE_UNSUPPORTED_DATA, isValidCloseCode,
} from './closeCodes';

/** One defined close code. */
export interface CloseCodeEntry {
  readonly code: number;
  /** Whether an endpoint may put it in a Close frame (§7.4.1: 1004–1006 and 1015 are never sent). */
  readonly sendable: boolean;
  /** Where it is defined. */
  readonly source: 'RFC 6455 §7.4.1' | 'IANA registry';
}

const RFC = 'RFC 6455 §7.4.1';
const IANA = 'IANA registry';

const CODES: readonly (readonly [number, CloseCodeEntry['source']])[] = [
  [CLOSE_NORMAL, RFC], [CLOSE_GOING_AWAY, RFC], [CLOSE_PROTOCOL_ERROR, RFC], [CLOSE_UNSUPPORTED_DATA, RFC],
  [CLOSE_RESERVED, RFC], [CLOSE_NO_STATUS, RFC], [CLOSE_ABNORMAL, RFC], [CLOSE_INVALID_PAYLOAD, RFC],
  [CLOSE_POLICY_VIOLATION, RFC], [CLOSE_MESSAGE_TOO_BIG, RFC], [CLOSE_MANDATORY_EXTENSION, RFC], [CLOSE_INTERNAL_ERROR, RFC],
  [CLOSE_SERVICE_RESTART, IANA], [CLOSE_TRY_AGAIN_LATER, IANA], [CLOSE_BAD_GATEWAY, IANA], [CLOSE_TLS_HANDSHAKE, RFC],
];

/** The defined close codes, lowest first. */
export const closeCodeList: readonly CloseCodeEntry[] = CODES.map(([code, source]) => ({ code, sendable: isValidCloseCode(code), source }));
