/**
 * One parameter set for all four techniques: the same events, payloads,
 * network and request headers, plus each technique's own knob (the poll
 * interval, the long-poll time-out). `techniqueParams` turns it into the
 * parameters each scenario takes.
 */
import { defaultParams } from '../scenarios/defaultParams';
import type { CommonParams, ScenarioParamsMap, WsCompression } from '../scenarios/scenarioParams';
import type { ScenarioName } from '../timeline/types';

/** A real-time technique the compare page puts side by side (every scenario but the sockets, STOMP, Socket.IO and SockJS lessons, which build on them). */
export type TechniqueName = Exclude<ScenarioName, 'sockets' | 'stomp' | 'socketio' | 'sockjs'>;

/** The four techniques, in the order the page shows them (oldest trick first). */
export const TECHNIQUES: readonly TechniqueName[] = ['polling', 'long-polling', 'streaming', 'websocket'];

/** What the compare page varies: everything the techniques share, and the two knobs only one of them has. */
export interface CompareParams extends CommonParams {
  /** Short polling: time between polls. */
  readonly intervalMs: number;
  /** Long polling: how long the server holds a request with nothing to say. */
  readonly holdTimeoutMs: number;
  /** WebSocket only: permessage-deflate (absent: off, the classic comparison). */
  readonly compression?: WsCompression;
}

type Builders = { readonly [N in TechniqueName]: (common: CommonParams, params: CompareParams) => ScenarioParamsMap[N] };

const BUILDERS: Builders = {
  polling: (common, { intervalMs }) => ({ ...defaultParams('polling'), ...common, intervalMs }),
  'long-polling': (common, { holdTimeoutMs }) => ({ ...defaultParams('long-polling'), ...common, holdTimeoutMs }),
  // SSE: what a browser page would use for a server push stream; no client messages, as in every other column.
  streaming: (common) => ({ ...defaultParams('streaming'), ...common, mode: 'sse', clientMessages: [] }),
  // ws:// like the HTTP columns' http://, no heartbeat and no fault: only the messages and their framing are compared.
  websocket: (common, { compression }) => ({
    ...defaultParams('websocket'), ...common,
    secure: false, tcpDetail: false, fragmentBytes: Infinity, clientMessages: [], pingIntervalMs: 0, fault: 'none',
    compression: compression ?? 'off',
  }),
};

/** The parameters technique `name` runs with: the shared part verbatim, server → client traffic only. */
export function techniqueParams<N extends TechniqueName>(name: N, params: CompareParams): ScenarioParamsMap[N] {
  const { intervalMs: _interval, holdTimeoutMs: _hold, compression: _compression, ...common } = params;
  return (BUILDERS[name] as (common: CommonParams, params: CompareParams) => ScenarioParamsMap[N])(common, params);
}
