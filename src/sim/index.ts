/**
 * The simulator's one public entry point: components, pages, the server's tests
 * and the benches import from here and nowhere deeper.
 * (Each area adds its exports in its own block below; keep blocks short.)
 */

// --- timeline types ---
export type * from './timeline/types';

// --- bytes ---
export { encodeUtf8, decodeUtf8 } from './bytes/utf8';

// --- http ---
export type { HttpHeader, HttpRequest, HttpResponse, EncodedMessage, SseEventInit, SseEvent, HttpParseResult, HttpError, HttpErrorCode, ChunkedBody, SseStream, RequestHeaderOptions, ResponseHeaderOptions, ClassicHeaderExample, RequestKind } from './http';
export { serializeRequest, serializeResponse, serializeResponseHead, withContentLength, encodeChunk, encodeChunkOf, encodeSseEvent } from './http';
export { parseRequest, parseResponse, parseResponseHead, decodeChunked, parseSseStream, fieldsTile } from './http';
export { defaultRequestHeaders, isPotentiallyTrustworthy, CHROME_MODEL_VERSION, defaultResponseHeaders, cookieOfLength, classicHeaderExample, CLASSIC_COUNTED_BYTES, DEFAULT_HTTP_DATE } from './http';

// --- websocket --- (values and types; see src/sim/ws/index.ts)
export * from './ws';

// --- engine / timeline / scenarios ---
export type { Prng } from './engine/createPrng';
export type { NetworkParams, ConnectionSetup } from './network/network';
export type { EventSchedule } from './events/eventTimes';
export type { TimelineIndex } from './timeline/timelineIndex';
export type { HeaderSet, CommonParams, PollingParams, LongPollingParams, StreamingParams, StreamMode, WebSocketParams, WebSocketFault, WsCompression, CloseInitiator, ScenarioParams, ScenarioParamsMap, StompParams, StompScript, StompFault, StompDestinationKind, StompSubscribeSpec, StompSendSpec } from './scenarios/scenarioParams';
export { createPrng } from './engine/createPrng';
export { MAX_EVENTS } from './events/eventTimes';
export { runScenario } from './scenarios/runScenario';
export { runHttpScenario } from './scenarios/runHttpScenario';
export type { HttpScenarioName } from './scenarios/runHttpScenario';
export { runWebSocket } from './scenarios/runWebSocket';
export { defaultParams, DEFAULT_NETWORK } from './scenarios/defaultParams';
export { httpDefaultParams } from './scenarios/httpDefaultParams';
export { stateAt } from './timeline/stateAt';
export { stepIndexAt } from './timeline/stepIndexAt';
export { lowerBound } from './timeline/bisect';
export { stepTime, nextStepIndex, previousStepIndex } from './timeline/stepNavigation';
export { TimelineBuilder } from './timeline/timelineBuilder';
export type { TransferInput, WireMessage, DeferredMessage } from './timeline/timelineBuilder';

// --- tcp: the segment model, the RFC 9293 state machine, the segment layer every lesson shares ---
export type { TcpFlag, TcpSegmentInit, EncodedTcpSegment } from './tcp/tcpSegment';
export type { TcpSegmentData } from './tcp/tcpSegmentData';
export type { TcpState, TcpEvent, TcpEffect, TcpErrno, TcpTransitionResult } from './tcp/tcpTransition';
export type { LaySegmentsOptions } from './tcp/layTcpSegments';
export type { SegmentConsistency } from './tcp/segmentConsistency';
export { encodeTcpSegment, tcpFlagsLabel, segmentLength, TCP_HEADER_BYTES } from './tcp/tcpSegment';
export { encodeSegmentData } from './tcp/tcpSegmentData';
export { decodeTcpSegment } from './tcp/decodeTcpSegment';
export type { TcpDecodeResult } from './tcp/decodeTcpSegment';
export { tcpTransition } from './tcp/tcpTransition';
export { layTcpSegments } from './tcp/layTcpSegments';
export { segmentConsistency } from './tcp/segmentConsistency';

// --- sockets: the socket API lesson (system calls beside the segments they cause) ---
export type { SocketsParams, SocketsFault, Framing } from './scenarios/scenarioParams';
export { runSockets } from './scenarios/sockets/runSockets';
export { socketCallOrder } from './scenarios/sockets/socketCallOrder';
export { segmentTransfers } from './tcp/segmentTransfers';
export { normalizeSocketsParams } from './scenarios/sockets/socketsParams';
export { frameMessage, MessageFramer, escapeBytes, LENGTH_PREFIX_BYTES } from './scenarios/sockets/framing';

// --- compare: every technique on one parameter set, and what N clients cost ---
export type { CompareParams, TechniqueName } from './compare/compareParams';
export type { TechniqueResult, PerEvent } from './compare/compareTechniques';
export type { WireTotals, ByteSplit } from './compare/wireTotals';
export type { ClientRate, ScaleFigures } from './compare/scaleBandwidth';
export type { ClassicComparison, ClassicRow } from './compare/classicComparison';
export { TECHNIQUES, techniqueParams } from './compare/compareParams';
export { compareTechniques } from './compare/compareTechniques';
export { wireTotals, splitTotal, countsOnWire } from './compare/wireTotals';
export { clientRate, scaleBandwidth, toArticleMbps, ARTICLE_MEGABIT } from './compare/scaleBandwidth';
export { deflateSavings, savingsRow, savedPerMessage } from './compare/deflateSavings';
export type { DeflateSavings, SavingsRow } from './compare/deflateSavings';
export { classicComparison, lineCharacters, ARTICLE_CLIENTS } from './compare/classicComparison';

// --- stomp: STOMP 1.2 frames over WebSocket (see src/sim/stomp/index.ts) ---
export * from './stomp';
export { layerTiling, shiftFields } from './timeline/layerTiling';
export type { LayerTiling } from './timeline/layerTiling';

// --- engine.io (protocol v4), Socket.IO (protocol v5), SockJS: the fallback lesson's codecs ---
export type { EngineIoPacket, EngineIoTransport, EngineIoPacketType, EngineIoError, EngineIoErrorCode, EngineIoErrorReason, EncodedEngineIoPacket, DecodeEngineIoPacketResult, EncodedEngineIoPayload, DecodeEngineIoPayloadResult, PacketRange, OpenHandshake } from './engineio';
export type { EngineIoHttpError } from './engineio';
export { ENGINE_IO_HTTP_ERRORS, encodeEngineIoHttpError, parseEngineIoHttpError } from './engineio';
export { ENGINE_IO_PROTOCOL, ENGINE_IO_PACKET_TYPES, RECORD_SEPARATOR, encodeEngineIoPacket, decodeEngineIoPacket, encodeEngineIoPayload, decodeEngineIoPayload, encodeOpenPacket, parseOpenHandshake, engineIoErrorReasons } from './engineio';
export type { SocketIoPacket, SocketIoPacketType, SocketIoPacketTypeName, SocketIoError, SocketIoErrorCode, SocketIoErrorReason, EncodedSocketIoPacket, DecodeSocketIoPacketResult, SocketIoReaderEvent, SocketIoLayersResult, SocketIoWireMessage } from './socketio';
export { SOCKET_IO_PROTOCOL, SOCKET_IO_PACKET_TYPES, encodeSocketIoPacket, decodeSocketIoPacket, deconstructPacket, reconstructPacket, SocketIoReader, socketIoLayers, socketIoOverEngineIo, socketIoErrorReasons } from './socketio';
export type { SockJsFrame, SockJsError, SockJsErrorReason, EncodedSockJsFrame, DecodeSockJsFrameResult, EncodedSockJsSend, DecodeSockJsSendResult, SockJsServerAnswer } from './sockjs';
export type { SockJsInfo } from './sockjs';
export { encodeSockJsInfo, parseSockJsInfo } from './sockjs';
export { encodeSockJsFrame, decodeSockJsFrame, encodeSockJsSend, decodeSockJsSend, quoteMessage, DEFAULT_HEARTBEAT_MS, sockJsErrorReasons } from './sockjs';

// --- capture: any timeline as a pcapng file Wireshark opens (widgets import src/sim/capture lazily, on click) ---
export type { CaptureOptions, CapturedPacket } from './capture';
export { timelineToPcapng, capturePackets, securedConnections, captureAddresses, dottedQuad, internetChecksum, CAPTURE_EPOCH_MICROS, LINKTYPE_RAW, HTTPS_PORT } from './capture';
// Socket.IO and SockJS scenarios (issue 9).
export type { SocketIoParams, SocketIoFault, SocketIoTransports, SocketIoEmit, SockJsParams, SockJsFault } from './scenarios/scenarioParams';
export { normalizeSocketIoParams } from './scenarios/socketio/socketIoParams';
export type { WireRecord, TranscriptLanes, TranscriptDialect } from './scenarios/socketio/wireTranscript';
export { transcriptLanes, timelineRecords } from './scenarios/socketio/wireTranscript';
export type { SockJsTransport } from './scenarios/sockjs/sockJsLadder';
export { SOCKJS_LADDER, MODELLED_SOCKJS_TRANSPORTS, nextModelledTransport } from './scenarios/sockjs/sockJsLadder';
