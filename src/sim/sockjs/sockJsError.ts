/**
 * SockJS decoding errors as values: a stable code, the byte offset, and an
 * i18n key ("sockjserr." + reason). For a client's send, sockjs-node answers
 * 500 "Payload expected." or "Broken JSON encoding." (the `response` value).
 */

/** Which rule was broken. */
export type SockJsErrorReason = 'emptyFrame' | 'unknownFrameType' | 'unexpectedData' | 'invalidJson' | 'notStringArray' | 'badClose' | 'payloadExpected' | 'brokenJson';

/** A decoding failure found at `offset`. */
export interface SockJsError {
  readonly code: `SOCKJS_ERR_${string}`;
  readonly reason: SockJsErrorReason;
  readonly offset: number;
  readonly messageKey: string;
  readonly values: Readonly<Record<string, string | number>>;
}

const REASONS: Readonly<Record<SockJsErrorReason, true>> = {
  emptyFrame: true, unknownFrameType: true, unexpectedData: true, invalidJson: true, notStringArray: true, badClose: true, payloadExpected: true, brokenJson: true,
};

/** Every reason, so a test can check each has a sentence. */
export const sockJsErrorReasons = Object.keys(REASONS) as readonly SockJsErrorReason[];

/** Builds the error for `reason` at `offset`. */
export function sockJsError(reason: SockJsErrorReason, offset: number, values: Readonly<Record<string, string | number>> = {}): SockJsError {
  const code = `SOCKJS_ERR_${reason.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}` as const;
  return { code, reason, offset, messageKey: `sockjserr.${reason}`, values };
}
