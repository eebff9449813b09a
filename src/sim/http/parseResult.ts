/** What every HTTP parser returns: a value, a request for more bytes, or an error. Parsers never throw. */
import type { Field } from '../timeline/types';

/** Stable error codes; UI text comes from the i18n key in `message`. */
export type HttpErrorCode =
  | 'HTTP_ERR_BAD_REQUEST_LINE'
  | 'HTTP_ERR_BAD_STATUS_LINE'
  | 'HTTP_ERR_BAD_VERSION'
  | 'HTTP_ERR_BARE_LF'
  | 'HTTP_ERR_HEAD_TOO_LARGE'
  | 'HTTP_ERR_OBS_FOLD'
  | 'HTTP_ERR_HEADER_NO_COLON'
  | 'HTTP_ERR_BAD_HEADER_NAME'
  | 'HTTP_ERR_SPACE_BEFORE_COLON'
  | 'HTTP_ERR_BAD_HEADER_VALUE'
  | 'HTTP_ERR_BAD_CONTENT_LENGTH'
  | 'HTTP_ERR_LENGTH_AND_CHUNKED'
  | 'HTTP_ERR_BAD_TRANSFER_ENCODING'
  | 'HTTP_ERR_BAD_CHUNK_SIZE'
  | 'HTTP_ERR_CHUNK_TOO_LARGE'
  | 'HTTP_ERR_BAD_CHUNK_END';

/** A parse error: which rule broke, at which byte, and an i18n key ("field.error.*") a learner can read. */
export interface HttpError {
  readonly code: HttpErrorCode;
  readonly offset: number;
  readonly message: string;
}

/** Result of an HTTP/SSE parser; `consumed` counts bytes from the start of the input. */
export type HttpParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly consumed: number; readonly fields: Field[] }
  | { readonly ok: false; readonly needMore: true }
  | { readonly ok: false; readonly needMore?: undefined; readonly error: HttpError };

/** The failure half of a result, shared by helpers that never succeed on their own. */
export type HttpParseFailure = Extract<HttpParseResult<never>, { ok: false }>;

const ERROR_MESSAGES: Record<HttpErrorCode, string> = {
  HTTP_ERR_BAD_REQUEST_LINE: 'field.error.badRequestLine',
  HTTP_ERR_BAD_STATUS_LINE: 'field.error.badStatusLine',
  HTTP_ERR_BAD_VERSION: 'field.error.badVersion',
  HTTP_ERR_BARE_LF: 'field.error.bareLf',
  HTTP_ERR_HEAD_TOO_LARGE: 'field.error.headTooLarge',
  HTTP_ERR_OBS_FOLD: 'field.error.obsFold',
  HTTP_ERR_HEADER_NO_COLON: 'field.error.headerNoColon',
  HTTP_ERR_BAD_HEADER_NAME: 'field.error.badHeaderName',
  HTTP_ERR_SPACE_BEFORE_COLON: 'field.error.spaceBeforeColon',
  HTTP_ERR_BAD_HEADER_VALUE: 'field.error.badHeaderValue',
  HTTP_ERR_BAD_CONTENT_LENGTH: 'field.error.badContentLength',
  HTTP_ERR_LENGTH_AND_CHUNKED: 'field.error.lengthAndChunked',
  HTTP_ERR_BAD_TRANSFER_ENCODING: 'field.error.badTransferEncoding',
  HTTP_ERR_BAD_CHUNK_SIZE: 'field.error.badChunkSize',
  HTTP_ERR_CHUNK_TOO_LARGE: 'field.error.chunkTooLarge',
  HTTP_ERR_BAD_CHUNK_END: 'field.error.badChunkEnd',
};

/** Builds the error result for `code` at byte `offset`. */
export function httpFail(code: HttpErrorCode, offset: number): HttpParseFailure {
  return { ok: false, error: { code, offset, message: ERROR_MESSAGES[code] } };
}

/** The shared "input stops mid-message" result. */
export const NEED_MORE: HttpParseFailure = Object.freeze({ ok: false, needMore: true }) as HttpParseFailure;
