/**
 * Engine.io decoding errors as values: a stable code, the byte offset where
 * the problem shows, and an i18n key ("eioerr." + reason) a learner can read.
 * engine.io-parser itself answers every one of them with `{ type: "error",
 * data: "parser error" }`; the server then closes the session.
 */

/** Which rule was broken. */
export type EngineIoErrorReason =
  | 'emptyPacket'
  | 'unknownType'
  | 'invalidBase64'
  | 'invalidUtf8'
  | 'payloadTooLarge'
  | 'openNotJson'
  | 'openMissingField';

/** Stable codes, one per reason. */
export type EngineIoErrorCode =
  | 'EIO_ERR_EMPTY_PACKET'
  | 'EIO_ERR_UNKNOWN_TYPE'
  | 'EIO_ERR_INVALID_BASE64'
  | 'EIO_ERR_INVALID_UTF8'
  | 'EIO_ERR_PAYLOAD_TOO_LARGE'
  | 'EIO_ERR_OPEN_NOT_JSON'
  | 'EIO_ERR_OPEN_MISSING_FIELD';

/** A decoding failure found at `offset`. */
export interface EngineIoError {
  readonly code: EngineIoErrorCode;
  readonly reason: EngineIoErrorReason;
  readonly offset: number;
  readonly messageKey: string;
  readonly values: Readonly<Record<string, string | number>>;
}

const CODES: Readonly<Record<EngineIoErrorReason, EngineIoErrorCode>> = {
  emptyPacket: 'EIO_ERR_EMPTY_PACKET',
  unknownType: 'EIO_ERR_UNKNOWN_TYPE',
  invalidBase64: 'EIO_ERR_INVALID_BASE64',
  invalidUtf8: 'EIO_ERR_INVALID_UTF8',
  payloadTooLarge: 'EIO_ERR_PAYLOAD_TOO_LARGE',
  openNotJson: 'EIO_ERR_OPEN_NOT_JSON',
  openMissingField: 'EIO_ERR_OPEN_MISSING_FIELD',
};

/** Every reason, so a test can check each has a sentence. */
export const engineIoErrorReasons = /*#__PURE__*/ Object.keys(CODES) as readonly EngineIoErrorReason[];

/** Builds the error for `reason` at `offset`. */
export function engineIoError(reason: EngineIoErrorReason, offset: number, values: Readonly<Record<string, string | number>> = {}): EngineIoError {
  return { code: CODES[reason], reason, offset, messageKey: `eioerr.${reason}`, values };
}

/** The same error seen from further along (a packet inside a payload). */
export function shiftEngineIoError(error: EngineIoError, by: number): EngineIoError {
  return by === 0 ? error : { ...error, offset: error.offset + by };
}
