/** The SockJS codec (sockjs-protocol 0.3): server frames and the client's sends. */
export type { SockJsFrame } from './frameTypes';
export type { SockJsError, SockJsErrorCode, SockJsErrorReason } from './sockJsError';
export type { EncodeSockJsOptions, EncodedSockJsFrame } from './encodeFrame';
export type { DecodeSockJsFrameResult } from './decodeFrame';
export type { EncodedSockJsSend, DecodeSockJsSendResult, DecodeSockJsSendOptions, SockJsServerAnswer } from './clientSend';
export {
  OPEN_FRAME, HEARTBEAT_FRAME, ARRAY_FRAME, MESSAGE_FRAME, CLOSE_FRAME, FRAME_NEWLINE, DEFAULT_HEARTBEAT_MS,
  SOCKJS_CLOSE_GO_AWAY, SOCKJS_CLOSE_ANOTHER_CONNECTION, SOCKJS_CLOSE_INTERRUPTED,
} from './frameTypes';
export { sockJsErrorReasons } from './sockJsError';
export { quoteMessage } from './quoteMessage';
export { encodeSockJsFrame, sockJsFrameText } from './encodeFrame';
export { decodeSockJsFrame } from './decodeFrame';
export { encodeSockJsSend, decodeSockJsSend } from './clientSend';
export type { SockJsInfo } from './info';
export { encodeSockJsInfo, parseSockJsInfo } from './info';
export { encodeStreamingPrelude, STREAMING_PRELUDE, PRELUDE_LENGTH } from './streamingPrelude';
