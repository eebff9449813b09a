/**
 * permessage-deflate negotiation failures (RFC 7692 §5, §7.1) as values: a
 * stable code, the rule, what the endpoint does about it, and an i18n key
 * ("wserr.pmd." + reason) with a sentence a learner can read.
 */

/** Which negotiation rule was broken. */
export type PmdErrorReason =
  | 'malformed'
  | 'unknownParameter'
  | 'duplicateParameter'
  | 'invalidValue'
  | 'noAcceptableOffer'
  | 'multipleResponses'
  | 'unofferedClientWindowBits'
  | 'windowBitsTooLarge'
  | 'ignoredServerNoContextTakeover';

/** Stable codes, one per reason. */
export type PmdErrorCode = `PMD_ERR_${string}`;

/** A negotiation failure. A server answers 400 (as `ws` does); a client fails the connection (1006 locally, §7.1 "Fail the WebSocket Connection"). */
export interface PmdError {
  readonly code: PmdErrorCode;
  readonly reason: PmdErrorReason;
  readonly rule: string;
  readonly messageKey: string;
  readonly values: Readonly<Record<string, string | number>>;
}

const RULES: Readonly<Record<PmdErrorReason, { code: PmdErrorCode; rule: string }>> = {
  malformed: { code: 'PMD_ERR_MALFORMED_HEADER', rule: 'RFC 6455 §9.1' },
  unknownParameter: { code: 'PMD_ERR_UNKNOWN_PARAMETER', rule: 'RFC 7692 §7.1' },
  duplicateParameter: { code: 'PMD_ERR_DUPLICATE_PARAMETER', rule: 'RFC 7692 §7.1' },
  invalidValue: { code: 'PMD_ERR_INVALID_VALUE', rule: 'RFC 7692 §7.1.2' },
  noAcceptableOffer: { code: 'PMD_ERR_NO_ACCEPTABLE_OFFER', rule: 'RFC 7692 §5' },
  multipleResponses: { code: 'PMD_ERR_MULTIPLE_RESPONSES', rule: 'RFC 7692 §5' },
  unofferedClientWindowBits: { code: 'PMD_ERR_UNOFFERED_CLIENT_MAX_WINDOW_BITS', rule: 'RFC 7692 §7.1.2.2' },
  windowBitsTooLarge: { code: 'PMD_ERR_WINDOW_BITS_TOO_LARGE', rule: 'RFC 7692 §7.1.2' },
  ignoredServerNoContextTakeover: { code: 'PMD_ERR_IGNORED_SERVER_NO_CONTEXT_TAKEOVER', rule: 'RFC 7692 §7.1.1.1' },
};

/** Every reason, e.g. to check that each has a sentence. */
export const pmdErrorReasons = Object.keys(RULES) as readonly PmdErrorReason[];

/** Builds the error value for `reason`. */
export function pmdError(reason: PmdErrorReason, values: Readonly<Record<string, string | number>> = {}): PmdError {
  const r = RULES[reason];
  return { code: r.code, reason, rule: r.rule, messageKey: `wserr.pmd.${reason}`, values };
}
