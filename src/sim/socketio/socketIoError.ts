/**
 * Socket.IO decoding errors as values: a stable code, the byte offset where the
 * problem shows, and an i18n key ("sioerr." + reason). socket.io-parser throws
 * for each of these; the server then closes the client's connection.
 */

/** Which rule was broken. */
export type SocketIoErrorReason =
  | 'emptyPacket'
  | 'unknownType'
  | 'invalidUtf8'
  | 'illegalAttachments'
  | 'tooManyAttachments'
  | 'invalidJson'
  | 'invalidPayload'
  | 'illegalPlaceholder'
  | 'unexpectedBinary'
  | 'unexpectedText';

/** Stable codes, one per reason ("illegalAttachments" → "SIO_ERR_ILLEGAL_ATTACHMENTS"). */
export type SocketIoErrorCode =
  | 'SIO_ERR_EMPTY_PACKET'
  | 'SIO_ERR_UNKNOWN_TYPE'
  | 'SIO_ERR_INVALID_UTF8'
  | 'SIO_ERR_ILLEGAL_ATTACHMENTS'
  | 'SIO_ERR_TOO_MANY_ATTACHMENTS'
  | 'SIO_ERR_INVALID_JSON'
  | 'SIO_ERR_INVALID_PAYLOAD'
  | 'SIO_ERR_ILLEGAL_PLACEHOLDER'
  | 'SIO_ERR_UNEXPECTED_BINARY'
  | 'SIO_ERR_UNEXPECTED_TEXT';

/** A decoding failure found at `offset`. */
export interface SocketIoError {
  readonly code: SocketIoErrorCode;
  readonly reason: SocketIoErrorReason;
  readonly offset: number;
  readonly messageKey: string;
  readonly values: Readonly<Record<string, string | number>>;
}

const CODES: Readonly<Record<SocketIoErrorReason, SocketIoErrorCode>> = {
  emptyPacket: 'SIO_ERR_EMPTY_PACKET', unknownType: 'SIO_ERR_UNKNOWN_TYPE', invalidUtf8: 'SIO_ERR_INVALID_UTF8',
  illegalAttachments: 'SIO_ERR_ILLEGAL_ATTACHMENTS', tooManyAttachments: 'SIO_ERR_TOO_MANY_ATTACHMENTS', invalidJson: 'SIO_ERR_INVALID_JSON',
  invalidPayload: 'SIO_ERR_INVALID_PAYLOAD', illegalPlaceholder: 'SIO_ERR_ILLEGAL_PLACEHOLDER', unexpectedBinary: 'SIO_ERR_UNEXPECTED_BINARY',
  unexpectedText: 'SIO_ERR_UNEXPECTED_TEXT',
};

/** Every reason, so a test can check each has a sentence. */
export const socketIoErrorReasons = /*#__PURE__*/ Object.keys(CODES) as readonly SocketIoErrorReason[];

/** Builds the error for `reason` at `offset`. */
export function socketIoError(reason: SocketIoErrorReason, offset: number, values: Readonly<Record<string, string | number>> = {}): SocketIoError {
  return { code: CODES[reason], reason, offset, messageKey: `sioerr.${reason}`, values };
}
