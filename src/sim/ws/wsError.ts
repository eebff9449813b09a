/**
 * Protocol errors as values. Each carries the stable code `ws` uses for the same
 * violation (so differential tests can compare them), the close code the failing
 * endpoint reports, the byte offset where the violation is visible, the RFC rule,
 * and an i18n key ("wserr.*") with a sentence a learner can read.
 */
import {
  CLOSE_ABNORMAL,
  CLOSE_INVALID_PAYLOAD,
  CLOSE_MESSAGE_TOO_BIG,
  CLOSE_PROTOCOL_ERROR,
} from './closeCodes';

/** Stable error codes; the first eleven are `ws`'s own. */
export type WsErrorCode =
  | 'WS_ERR_UNEXPECTED_RSV_1'
  | 'WS_ERR_UNEXPECTED_RSV_2_3'
  | 'WS_ERR_INVALID_OPCODE'
  | 'WS_ERR_EXPECTED_FIN'
  | 'WS_ERR_INVALID_CONTROL_PAYLOAD_LENGTH'
  | 'WS_ERR_EXPECTED_MASK'
  | 'WS_ERR_UNEXPECTED_MASK'
  | 'WS_ERR_UNSUPPORTED_DATA_PAYLOAD_LENGTH'
  | 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH'
  | 'WS_ERR_INVALID_UTF8'
  | 'WS_ERR_INVALID_CLOSE_CODE'
  // Ours: the byte stream ended inside a frame or inside a fragmented message.
  | 'WS_ERR_TRUNCATED_FRAME'
  | 'WS_ERR_TRUNCATED_MESSAGE'
  // zlib's code, which ws passes on when a compressed message does not inflate.
  | 'Z_DATA_ERROR';

/** Which rule was broken; one i18n sentence each ("wserr." + reason). */
export type WsErrorReason =
  | 'rsv1'
  | 'rsv1Continuation'
  | 'rsv1Control'
  | 'inflateFailed'
  | 'rsv23'
  | 'reservedOpcode'
  | 'continuationWithoutStart'
  | 'dataInsideFragmented'
  | 'fragmentedControl'
  | 'controlTooLong'
  | 'closeOneByte'
  | 'expectedMask'
  | 'unexpectedMask'
  | 'lengthMsbSet'
  | 'lengthTooLarge'
  | 'messageTooBig'
  | 'invalidUtf8'
  | 'incompleteUtf8'
  | 'invalidCloseReason'
  | 'invalidCloseCode'
  | 'truncatedFrame'
  | 'truncatedMessage';

/** A protocol violation, found at `offset`. */
export interface WsError {
  readonly code: WsErrorCode;
  readonly reason: WsErrorReason;
  /** What the endpoint that found the error reports; 1006 is never sent in a Close frame (§7.1.5). */
  readonly closeCode: number;
  /** Byte offset (in the decoded buffer or stream) where the violation becomes visible. */
  readonly offset: number;
  /** The rule, e.g. "RFC 6455 §5.5". */
  readonly rule: string;
  /** i18n key of a sentence that explains the error; `values` fill its placeholders. */
  readonly messageKey: string;
  readonly values: Readonly<Record<string, string | number>>;
}

interface Rule {
  readonly code: WsErrorCode;
  readonly closeCode: number;
  readonly rule: string;
}

const RULES: Readonly<Record<WsErrorReason, Rule>> = {
  rsv1: { code: 'WS_ERR_UNEXPECTED_RSV_1', closeCode: CLOSE_PROTOCOL_ERROR, rule: 'RFC 6455 §5.2' },
  // RFC 7692 §6.1: RSV1 marks a compressed message on its first frame only; never on continuations or control frames.
  rsv1Continuation: { code: 'WS_ERR_UNEXPECTED_RSV_1', closeCode: CLOSE_PROTOCOL_ERROR, rule: 'RFC 7692 §6.1' },
  rsv1Control: { code: 'WS_ERR_UNEXPECTED_RSV_1', closeCode: CLOSE_PROTOCOL_ERROR, rule: 'RFC 7692 §6.1' },
  // ws closes with 1007 when a message does not inflate.
  inflateFailed: { code: 'Z_DATA_ERROR', closeCode: CLOSE_INVALID_PAYLOAD, rule: 'RFC 7692 §7.2.2' },
  rsv23: { code: 'WS_ERR_UNEXPECTED_RSV_2_3', closeCode: CLOSE_PROTOCOL_ERROR, rule: 'RFC 6455 §5.2' },
  reservedOpcode: { code: 'WS_ERR_INVALID_OPCODE', closeCode: CLOSE_PROTOCOL_ERROR, rule: 'RFC 6455 §5.2' },
  continuationWithoutStart: { code: 'WS_ERR_INVALID_OPCODE', closeCode: CLOSE_PROTOCOL_ERROR, rule: 'RFC 6455 §5.4' },
  dataInsideFragmented: { code: 'WS_ERR_INVALID_OPCODE', closeCode: CLOSE_PROTOCOL_ERROR, rule: 'RFC 6455 §5.4' },
  fragmentedControl: { code: 'WS_ERR_EXPECTED_FIN', closeCode: CLOSE_PROTOCOL_ERROR, rule: 'RFC 6455 §5.5' },
  controlTooLong: { code: 'WS_ERR_INVALID_CONTROL_PAYLOAD_LENGTH', closeCode: CLOSE_PROTOCOL_ERROR, rule: 'RFC 6455 §5.5' },
  closeOneByte: { code: 'WS_ERR_INVALID_CONTROL_PAYLOAD_LENGTH', closeCode: CLOSE_PROTOCOL_ERROR, rule: 'RFC 6455 §5.5.1' },
  expectedMask: { code: 'WS_ERR_EXPECTED_MASK', closeCode: CLOSE_PROTOCOL_ERROR, rule: 'RFC 6455 §5.1' },
  unexpectedMask: { code: 'WS_ERR_UNEXPECTED_MASK', closeCode: CLOSE_PROTOCOL_ERROR, rule: 'RFC 6455 §5.1' },
  // ws reports this one as 1009 (its code is ws's); §5.2 makes it a protocol error, so we close with 1002.
  lengthMsbSet: { code: 'WS_ERR_UNSUPPORTED_DATA_PAYLOAD_LENGTH', closeCode: CLOSE_PROTOCOL_ERROR, rule: 'RFC 6455 §5.2' },
  lengthTooLarge: { code: 'WS_ERR_UNSUPPORTED_DATA_PAYLOAD_LENGTH', closeCode: CLOSE_MESSAGE_TOO_BIG, rule: 'RFC 6455 §5.2' },
  messageTooBig: { code: 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH', closeCode: CLOSE_MESSAGE_TOO_BIG, rule: 'RFC 6455 §7.4.1' },
  invalidUtf8: { code: 'WS_ERR_INVALID_UTF8', closeCode: CLOSE_INVALID_PAYLOAD, rule: 'RFC 6455 §8.1' },
  incompleteUtf8: { code: 'WS_ERR_INVALID_UTF8', closeCode: CLOSE_INVALID_PAYLOAD, rule: 'RFC 6455 §8.1' },
  invalidCloseReason: { code: 'WS_ERR_INVALID_UTF8', closeCode: CLOSE_INVALID_PAYLOAD, rule: 'RFC 6455 §5.5.1' },
  invalidCloseCode: { code: 'WS_ERR_INVALID_CLOSE_CODE', closeCode: CLOSE_PROTOCOL_ERROR, rule: 'RFC 6455 §7.4' },
  truncatedFrame: { code: 'WS_ERR_TRUNCATED_FRAME', closeCode: CLOSE_ABNORMAL, rule: 'RFC 6455 §7.1.5' },
  truncatedMessage: { code: 'WS_ERR_TRUNCATED_MESSAGE', closeCode: CLOSE_ABNORMAL, rule: 'RFC 6455 §7.1.5' },
};

/** Every reason, e.g. to check that each has a sentence. */
export const wsErrorReasons = Object.keys(RULES) as readonly WsErrorReason[];

const NO_VALUES: Readonly<Record<string, string | number>> = {};

/** Builds the error value for `reason` found at `offset`; `values` fill the learner's sentence. */
export function wsError(reason: WsErrorReason, offset: number, values: Readonly<Record<string, string | number>> = NO_VALUES): WsError {
  const r = RULES[reason];
  return { code: r.code, reason, closeCode: r.closeCode, offset, rule: r.rule, messageKey: `wserr.${reason}`, values };
}

/** The same error seen from further along a stream (offsets are relative to the stream start). */
export function shiftError(error: WsError, by: number): WsError {
  return by === 0 ? error : { ...error, offset: error.offset + by };
}
