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
export type { HeaderSet, CommonParams, PollingParams, LongPollingParams, StreamingParams, StreamMode, WebSocketParams, WebSocketFault, CloseInitiator, ScenarioParams, ScenarioParamsMap } from './scenarios/scenarioParams';
export { createPrng } from './engine/createPrng';
export { MAX_EVENTS } from './events/eventTimes';
export { runScenario } from './scenarios/runScenario';
export { runHttpScenario } from './scenarios/runHttpScenario';
export type { HttpScenarioName } from './scenarios/runHttpScenario';
export { runWebSocket } from './scenarios/runWebSocket';
export { defaultParams, DEFAULT_NETWORK } from './scenarios/defaultParams';
export { stateAt } from './timeline/stateAt';
export { stepIndexAt } from './timeline/stepIndexAt';
export { lowerBound } from './timeline/bisect';
export { stepTime, nextStepIndex, previousStepIndex } from './timeline/stepNavigation';
export { TimelineBuilder } from './timeline/timelineBuilder';
export type { TransferInput, WireMessage, DeferredMessage } from './timeline/timelineBuilder';

// --- compare: every technique on one parameter set, and what N clients cost ---
export type { CompareParams } from './compare/compareParams';
export type { TechniqueResult, PerEvent } from './compare/compareTechniques';
export type { WireTotals, ByteSplit } from './compare/wireTotals';
export type { ClientRate, ScaleFigures } from './compare/scaleBandwidth';
export type { ClassicComparison, ClassicRow } from './compare/classicComparison';
export { TECHNIQUES, techniqueParams } from './compare/compareParams';
export { compareTechniques } from './compare/compareTechniques';
export { wireTotals, splitTotal, countsOnWire } from './compare/wireTotals';
export { clientRate, scaleBandwidth, toArticleMbps, ARTICLE_MEGABIT } from './compare/scaleBandwidth';
export { classicComparison, lineCharacters, ARTICLE_CLIENTS } from './compare/classicComparison';
