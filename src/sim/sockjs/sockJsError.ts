/**
 * SockJS decoding errors as values: a stable code, the byte offset, and an
 * i18n key ("sockjserr." + reason). For a client's send, sockjs-node answers
 * 500 "Payload expected." or "Broken JSON encoding." (the `response` value).
 */

/** Which rule was broken. */
export type SockJsErrorReason = 'emptyFrame' | 'unknownFrameType' | 'unexpectedData' | 'invalidJson' | 'notStringArray' | 'badClose' | 'payloadExpected' | 'brokenJson';

/** Stable codes, one per reason. */
export type SockJsErrorCode =
  | 'SOCKJS_ERR_EMPTY_FRAME'
  | 'SOCKJS_ERR_UNKNOWN_FRAME_TYPE'
  | 'SOCKJS_ERR_UNEXPECTED_DATA'
  | 'SOCKJS_ERR_INVALID_JSON'
  | 'SOCKJS_ERR_NOT_STRING_ARRAY'
  | 'SOCKJS_ERR_BAD_CLOSE'
  | 'SOCKJS_ERR_PAYLOAD_EXPECTED'
  | 'SOCKJS_ERR_BROKEN_JSON';

/** A decoding failure found at `offset`. */
export interface SockJsError {
  readonly code: SockJsErrorCode;
  readonly reason: SockJsErrorReason;
  readonly offset: number;
  readonly messageKey: string;
  readonly values: Readonly<Record<string, string | number>>;
}

const CODES: Readonly<Record<SockJsErrorReason, SockJsErrorCode>> = {
  emptyFrame: 'SOCKJS_ERR_EMPTY_FRAME', unknownFrameType: 'SOCKJS_ERR_UNKNOWN_FRAME_TYPE', unexpectedData: 'SOCKJS_ERR_UNEXPECTED_DATA',
  invalidJson: 'SOCKJS_ERR_INVALID_JSON', notStringArray: 'SOCKJS_ERR_NOT_STRING_ARRAY', badClose: 'SOCKJS_ERR_BAD_CLOSE',
  payloadExpected: 'SOCKJS_ERR_PAYLOAD_EXPECTED', brokenJson: 'SOCKJS_ERR_BROKEN_JSON',
};

/** Every reason, so a test can check each has a sentence. */
export const sockJsErrorReasons = /*#__PURE__*/ Object.keys(CODES) as readonly SockJsErrorReason[];

/** Builds the error for `reason` at `offset`. */
export function sockJsError(reason: SockJsErrorReason, offset: number, values: Readonly<Record<string, string | number>> = {}): SockJsError {
  return { code: CODES[reason], reason, offset, messageKey: `sockjserr.${reason}`, values };
}
