/**
 * Every scenario the simulator runs, and every fault each one can be given:
 * the one list the parameter checks and the capture test read, so a new
 * scenario or fault cannot be left out of either. Written as records keyed by
 * the union types, so the compiler rejects a list that misses or invents one.
 */
import type { ScenarioName } from '../timeline/types';
import type { ScenarioParamsMap, SocketIoFault, SocketsFault, SockJsFault, StompFault, WebSocketFault } from './scenarioParams';

const keysOf = <K extends string>(record: Readonly<Record<K, true>>): readonly K[] => Object.freeze(Object.keys(record) as K[]);

/** Every scenario name, in the lessons' order. */
export const SCENARIO_NAMES: readonly ScenarioName[] = keysOf<ScenarioName>({
  polling: true, 'long-polling': true, streaming: true, websocket: true, sockets: true, stomp: true, socketio: true, sockjs: true,
});

/** The scenarios that take a `fault` parameter. */
export type FaultyScenarioName = { [N in ScenarioName]: ScenarioParamsMap[N] extends { readonly fault: string } ? N : never }[ScenarioName];

/** The fault type of scenario `N`. */
export type ScenarioFault<N extends FaultyScenarioName> = ScenarioParamsMap[N]['fault'];

/** Each faulty scenario's faults, 'none' first. */
export const SCENARIO_FAULTS: { readonly [N in FaultyScenarioName]: readonly ScenarioFault<N>[] } = {
  websocket: keysOf<WebSocketFault>({ none: true, 'strip-upgrade': true, 'masked-server-frame': true, 'invalid-utf8': true, 'lost-pong': true, 'tcp-reset': true }),
  sockets: keysOf<SocketsFault>({ none: true, refused: true, 'backlog-full': true, reset: true }),
  stomp: keysOf<StompFault>({ none: true, 'malformed-frame': true, 'missed-heart-beats': true, 'never-ack': true }),
  socketio: keysOf<SocketIoFault>({
    none: true, 'upgrade-blocked': true, 'buffering-proxy': true, 'missed-pong': true, 'server-restart': true, 'no-sticky': true, sticky: true,
  }),
  sockjs: keysOf<SockJsFault>({ none: true, 'websocket-blocked': true, 'streaming-buffered': true }),
};
