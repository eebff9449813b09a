/**
 * STOMP protocol errors as values: a stable code, the rule of the STOMP 1.2
 * spec that was broken, the byte offset where it became visible, and an i18n
 * key ("stomperr.*") with a sentence a learner can read. A broker puts the
 * English sentence in its ERROR frame's `message` header.
 */

/** Stable error codes. */
export type StompErrorCode =
  | 'STOMP_ERR_BARE_CR'
  | 'STOMP_ERR_STRAY_NUL'
  | 'STOMP_ERR_UNKNOWN_COMMAND'
  | 'STOMP_ERR_WRONG_DIRECTION'
  | 'STOMP_ERR_MALFORMED_HEADER'
  | 'STOMP_ERR_INVALID_ESCAPE'
  | 'STOMP_ERR_INVALID_UTF8'
  | 'STOMP_ERR_BAD_CONTENT_LENGTH'
  | 'STOMP_ERR_MISSING_NUL'
  | 'STOMP_ERR_FRAME_TOO_LARGE'
  | 'STOMP_ERR_TOO_MANY_HEADERS'
  | 'STOMP_ERR_HEADER_TOO_LONG'
  | 'STOMP_ERR_TRUNCATED_FRAME'
  | 'STOMP_ERR_MISSING_HEADER'
  | 'STOMP_ERR_INVALID_HEADER'
  | 'STOMP_ERR_UNSUPPORTED_VERSION';

/** Which rule was broken; one i18n sentence each ("stomperr." + reason). */
export type StompErrorReason =
  | 'bareCr'
  | 'strayNul'
  | 'unknownCommand'
  | 'wrongDirection'
  | 'headerWithoutColon'
  | 'emptyHeaderName'
  | 'invalidEscape'
  | 'invalidUtf8'
  | 'badContentLength'
  | 'missingNul'
  | 'frameTooLarge'
  | 'tooManyHeaders'
  | 'headerLineTooLong'
  | 'truncatedFrame'
  | 'missingHeader'
  | 'invalidHeader'
  | 'unsupportedVersion';

/** A protocol violation, found at `offset` (in the decoded buffer or stream). */
export interface StompError {
  readonly code: StompErrorCode;
  readonly reason: StompErrorReason;
  readonly offset: number;
  /** The section of the STOMP 1.2 specification, e.g. "STOMP 1.2 · Value Encoding". */
  readonly rule: string;
  /** i18n key of a sentence that explains the error; `values` fill its placeholders. */
  readonly messageKey: string;
  readonly values: Readonly<Record<string, string | number>>;
}

interface Rule {
  readonly code: StompErrorCode;
  readonly rule: string;
}

const SPEC = 'STOMP 1.2 · ';

const RULES: Readonly<Record<StompErrorReason, Rule>> = {
  bareCr: { code: 'STOMP_ERR_BARE_CR', rule: `${SPEC}Value Encoding` },
  strayNul: { code: 'STOMP_ERR_STRAY_NUL', rule: `${SPEC}Augmented BNF` },
  unknownCommand: { code: 'STOMP_ERR_UNKNOWN_COMMAND', rule: `${SPEC}Augmented BNF` },
  wrongDirection: { code: 'STOMP_ERR_WRONG_DIRECTION', rule: `${SPEC}Augmented BNF` },
  headerWithoutColon: { code: 'STOMP_ERR_MALFORMED_HEADER', rule: `${SPEC}STOMP Frames` },
  emptyHeaderName: { code: 'STOMP_ERR_MALFORMED_HEADER', rule: `${SPEC}Augmented BNF` },
  invalidEscape: { code: 'STOMP_ERR_INVALID_ESCAPE', rule: `${SPEC}Value Encoding` },
  invalidUtf8: { code: 'STOMP_ERR_INVALID_UTF8', rule: `${SPEC}Value Encoding` },
  badContentLength: { code: 'STOMP_ERR_BAD_CONTENT_LENGTH', rule: `${SPEC}Header content-length` },
  missingNul: { code: 'STOMP_ERR_MISSING_NUL', rule: `${SPEC}Body` },
  frameTooLarge: { code: 'STOMP_ERR_FRAME_TOO_LARGE', rule: `${SPEC}Size Limits` },
  tooManyHeaders: { code: 'STOMP_ERR_TOO_MANY_HEADERS', rule: `${SPEC}Size Limits` },
  headerLineTooLong: { code: 'STOMP_ERR_HEADER_TOO_LONG', rule: `${SPEC}Size Limits` },
  truncatedFrame: { code: 'STOMP_ERR_TRUNCATED_FRAME', rule: `${SPEC}STOMP Frames` },
  missingHeader: { code: 'STOMP_ERR_MISSING_HEADER', rule: `${SPEC}Client Frames` },
  invalidHeader: { code: 'STOMP_ERR_INVALID_HEADER', rule: `${SPEC}Client Frames` },
  unsupportedVersion: { code: 'STOMP_ERR_UNSUPPORTED_VERSION', rule: `${SPEC}Protocol Negotiation` },
};

/** Every reason, e.g. to check that each has a sentence. */
export const stompErrorReasons = /*#__PURE__*/ Object.keys(RULES) as readonly StompErrorReason[];

const NO_VALUES: Readonly<Record<string, string | number>> = {};

/** Builds the error value for `reason` found at `offset`; `values` fill the learner's sentence. */
export function stompError(reason: StompErrorReason, offset: number, values: Readonly<Record<string, string | number>> = NO_VALUES): StompError {
  const r = RULES[reason];
  return { code: r.code, reason, offset, rule: r.rule, messageKey: `stomperr.${reason}`, values };
}
