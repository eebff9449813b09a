/** The STOMP codec (STOMP 1.2, reading 1.0 and 1.1 too): frames, streaming parser, escaping, negotiation. */
export type { StompVersion, StompHeader, StompFrame, StompEol, StompRole } from './types';
export type { ClientCommand, ServerCommand, StompCommand } from './commands';
export type { StompError, StompErrorCode, StompErrorReason } from './stompError';
export type { EncodeStompOptions, EncodedStompFrame } from './encodeStompFrame';
export type { StompParserOptions, StompParserEvent, StompParserState } from './stompParser';
export type { DecodeStompResult } from './decodeStompFrame';
export type { UnescapeResult } from './headerEscape';
export type { HeartBeat, HeartBeatPlan } from './negotiate';
export type { AckMode } from './frameRules';

export { CLIENT_COMMANDS, SERVER_COMMANDS, isStompCommand, isClientCommand, isServerCommand, escapesHeaders } from './commands';
export { stompError, stompErrorReasons } from './stompError';
export { escapeHeaderValue, unescapeHeaderValue } from './headerEscape';
export { encodeStompFrame } from './encodeStompFrame';
export { StompParser } from './stompParser';
export { decodeStompFrame } from './decodeStompFrame';
export { headerOf } from './headerOf';
export { negotiateVersion, negotiateHeartBeat, parseHeartBeat, STOMP_VERSIONS } from './negotiate';
export { requiredHeaders, checkFrameHeaders, ACK_MODES } from './frameRules';
export { KNOWN_HEADERS, HEARTBEAT_MEANING } from './fieldMeaning';
