/** The WebSocket codec (RFC 6455): frames, streaming decoder, message reassembly, close payloads, opening handshake. */
export type { WsFrame, Role, DecodeOptions, LengthForm, ReservedBits } from './types';
export type { Opcode, DataOpcode, ControlOpcode, KnownOpcode } from './opcodes';
export type { WsError, WsErrorCode, WsErrorReason } from './wsError';
export type { FrameInput, EncodeOptions, EncodedFrame } from './encodeFrame';
export type { DecodeFrameResult } from './decodeFrame';
export type { FrameDecoderEvent, FrameDecoderState } from './frameDecoder';
export type { AssemblerEvent, AssemblerOptions } from './messageAssembler';
export type { MessageReaderOptions } from './messageReader';
export type { MaskProvider } from './fragmentMessage';
export type { ClosePayloadResult } from './closePayload';
export type { AcceptKeySteps } from './acceptKey';
export type { FieldTiling } from './fieldTiling';
export type {
  HandshakeRequestInit, HandshakeResponseInit, HandshakeRequestMessage, HandshakeResponseMessage,
  HandshakeRequestResult, HandshakeResponseResult, AcceptedHandshakeRequest, AcceptedHandshakeResponse,
  HandshakeRequestFailure, HandshakeResponseFailure, HandshakeRequestFailureReason, HandshakeResponseFailureReason,
} from './handshakeTypes';
export type { ValidateRequestOptions } from './validateHandshakeRequest';
export type { ValidateResponseOptions } from './validateHandshakeResponse';

export { OPCODE_CONTINUATION, OPCODE_TEXT, OPCODE_BINARY, OPCODE_CLOSE, OPCODE_PING, OPCODE_PONG, isControlOpcode, isKnownOpcode, opcodeName } from './opcodes';
export {
  CLOSE_NORMAL, CLOSE_GOING_AWAY, CLOSE_PROTOCOL_ERROR, CLOSE_UNSUPPORTED_DATA, CLOSE_NO_STATUS, CLOSE_ABNORMAL, CLOSE_INVALID_PAYLOAD,
  CLOSE_POLICY_VIOLATION, CLOSE_MESSAGE_TOO_BIG, CLOSE_MANDATORY_EXTENSION, CLOSE_INTERNAL_ERROR, CLOSE_SERVICE_RESTART,
  CLOSE_TRY_AGAIN_LATER, CLOSE_BAD_GATEWAY, CLOSE_TLS_HANDSHAKE, isValidCloseCode,
} from './closeCodes';
export { wsErrorReasons } from './wsError';
export { encodeFrame } from './encodeFrame';
export { decodeFrame } from './decodeFrame';
export { FrameDecoder } from './frameDecoder';
export { MessageAssembler } from './messageAssembler';
export { MessageReader } from './messageReader';
export { fragmentMessage } from './fragmentMessage';
export { applyMask } from './mask';
export { encodeClosePayload, parseClosePayload } from './closePayload';
export { Utf8Validator, isValidUtf8 } from './utf8Validator';
export { computeAcceptKey, acceptKeySteps, WS_GUID } from './acceptKey';
export { encodeBase64, decodeBase64 } from './base64';
export { WS_VERSION } from './handshakeConstants';
export { buildHandshakeRequest } from './buildHandshakeRequest';
export { buildHandshakeResponse } from './buildHandshakeResponse';
export { buildHandshakeRejection } from './buildHandshakeRejection';
export { validateHandshakeRequest } from './validateHandshakeRequest';
export { validateHandshakeResponse } from './validateHandshakeResponse';
export { hexToBytes, bytesToHex } from './hex';
export { fieldTiling } from './fieldTiling';
export { inspectWire } from './inspectWire';
export { inspectWireWith } from './inspectWireWith';
export type { InspectWireCoreOptions } from './inspectWireWith';
export type { InspectedFrame, TruncatedPart, WireEnding, WireInspection, InspectWireOptions } from './inspectWire';
export { checkHandshakeKey, HANDSHAKE_KEY_BYTES } from './handshakeKey';
export type { HandshakeKeyCheck } from './handshakeKey';
export { closeCodeList } from './closeCodeList';
export type { CloseCodeEntry } from './closeCodeList';
export { FRAME_FIXED_HEADER_BYTES, MAX_7BIT_LENGTH, MAX_16BIT_LENGTH, EXTENDED_16_LENGTH_BYTES, EXTENDED_64_LENGTH_BYTES, MASKING_KEY_BYTES, MAX_CONTROL_PAYLOAD, MAX_CLOSE_REASON_BYTES, LEN_16_MARKER, LEN_64_MARKER } from './frameLimits';
export { parseWebSocketUri, WS_DEFAULT_PORT, WSS_DEFAULT_PORT } from './webSocketUri';
export type { WebSocketUri } from './webSocketUri';
export {
  parseExtensions, deflateParams, formatDeflateParams, PERMESSAGE_DEFLATE, acceptDeflateOffer, acceptDeflateResponse, agreementOf,
  CHROMIUM_DEFLATE_OFFER, pmdErrorReasons, MessageDeflater, MessageInflater, DEFLATE_TAIL, deflaterFor, inflaterFor, encodeDeflatedMessage,
} from './permessageDeflate';
export type {
  ExtensionElement, DeflateParams, DeflateAgreement, DeflateServerOptions, ServerNegotiation, ClientNegotiation, PmdError, PmdErrorCode,
  PmdErrorReason, DeflatedMessage, InflateResult,
} from './permessageDeflate';
