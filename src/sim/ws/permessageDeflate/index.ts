/** permessage-deflate (RFC 7692): negotiation, and compressing / inflating messages. */
export { parseExtensions } from './parseExtensions';
export type { ExtensionElement, ParseExtensionsResult } from './parseExtensions';
export { deflateParams, formatDeflateParams, PERMESSAGE_DEFLATE, DEFAULT_WINDOW_BITS, MIN_WINDOW_BITS } from './deflateParams';
export type { DeflateParams, DeflateParamsResult } from './deflateParams';
export { acceptDeflateOffer, acceptDeflateResponse, agreementOf, CHROMIUM_DEFLATE_OFFER } from './negotiateDeflate';
export type { DeflateAgreement, DeflateServerOptions, ServerNegotiation, ClientNegotiation } from './negotiateDeflate';
export { pmdError, pmdErrorReasons } from './pmdError';
export type { PmdError, PmdErrorCode, PmdErrorReason } from './pmdError';
export { MessageDeflater, DEFLATE_TAIL, DEFAULT_DEFLATE_LEVEL } from './messageDeflater';
export type { DeflaterOptions } from './messageDeflater';
export { MessageInflater } from './messageInflater';
export type { InflaterOptions, InflateResult } from './messageInflater';
export { deflaterFor, inflaterFor } from './endpointDeflate';
export { encodeDeflatedMessage } from './encodeDeflatedMessage';
export type { DeflatedMessage } from './encodeDeflatedMessage';
