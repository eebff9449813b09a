/**
 * What a reader can change in each HTTP scenario. Every scenario shares the
 * common part (seed, window, network, events, payload, request headers) and
 * adds its own knob.
 */
import type { EventSchedule } from '../events/eventTimes';
import type { HttpHeader, RequestHeaderOptions } from '../http';
import type { NetworkParams } from '../network/network';
import type { ScenarioName } from '../timeline/types';

/** Which request headers the client sends. */
export type HeaderSet =
  /** The HTTP codec's Chrome-like set (`defaultRequestHeaders`), with optional knobs (cookie size, Sec-Fetch …). */
  | { readonly kind: 'browser'; readonly options?: RequestHeaderOptions }
  /** Exactly these headers, e.g. after the reader edited them (framing headers are still added where a body needs them). */
  | { readonly kind: 'custom'; readonly headers: readonly HttpHeader[] };

/** Parameters every HTTP scenario takes. */
export interface CommonParams {
  /** Seeds every random stream (event arrivals, jitter): same seed, same timeline. */
  readonly seed: number;
  /** Events are generated in [0, durationMs]; without events, clients stop asking after it. */
  readonly durationMs: number;
  readonly network: NetworkParams;
  readonly events: EventSchedule;
  /** Size of each event's JSON payload (and of each client message body). */
  readonly payloadBytes: number;
  readonly headerSet: HeaderSet;
}

/** Short polling: ask every `intervalMs`. */
export interface PollingParams extends CommonParams {
  /** Time from one poll's send to the next (setInterval-like); a late response pushes the next poll to its arrival. */
  readonly intervalMs: number;
}

/** Long polling: the server holds each request until an event or `holdTimeoutMs`. */
export interface LongPollingParams extends CommonParams {
  readonly holdTimeoutMs: number;
}

/** How a streamed response frames events. */
export type StreamMode =
  | 'chunked' // Transfer-Encoding: chunked, one JSON event per chunk
  | 'sse';    // text/event-stream: one Server-Sent Event per chunk

/** Streaming: one long response, plus client → server messages as separate POSTs. */
export interface StreamingParams extends CommonParams {
  readonly mode: StreamMode;
  /** Times (ms) at which the client sends a message (POST /send on a second connection); times outside [0, durationMs] are dropped. */
  readonly clientMessages: readonly number[];
}

/** Parameters of each scenario, by name. */
export interface ScenarioParamsMap {
  readonly polling: PollingParams;
  readonly 'long-polling': LongPollingParams;
  readonly streaming: StreamingParams;
}

/** Parameters of scenario `N`. */
export type ScenarioParams<N extends ScenarioName = ScenarioName> = ScenarioParamsMap[N];
