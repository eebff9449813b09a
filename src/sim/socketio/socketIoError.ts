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

/** Stable codes, one per reason. */
export type SocketIoErrorCode = `SIO_ERR_${string}`;

/** A decoding failure found at `offset`. */
export interface SocketIoError {
  readonly code: SocketIoErrorCode;
  readonly reason: SocketIoErrorReason;
  readonly offset: number;
  readonly messageKey: string;
  readonly values: Readonly<Record<string, string | number>>;
}

const REASONS: Readonly<Record<SocketIoErrorReason, true>> = {
  emptyPacket: true, unknownType: true, invalidUtf8: true, illegalAttachments: true, tooManyAttachments: true,
  invalidJson: true, invalidPayload: true, illegalPlaceholder: true, unexpectedBinary: true, unexpectedText: true,
};

/** Every reason, so a test can check each has a sentence. */
export const socketIoErrorReasons = Object.keys(REASONS) as readonly SocketIoErrorReason[];

/** "illegalAttachments" → "SIO_ERR_ILLEGAL_ATTACHMENTS". */
function codeOf(reason: SocketIoErrorReason): SocketIoErrorCode {
  return `SIO_ERR_${reason.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
}

/** Builds the error for `reason` at `offset`. */
export function socketIoError(reason: SocketIoErrorReason, offset: number, values: Readonly<Record<string, string | number>> = {}): SocketIoError {
  return { code: codeOf(reason), reason, offset, messageKey: `sioerr.${reason}`, values };
}
