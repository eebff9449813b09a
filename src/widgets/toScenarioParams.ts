/** Turns a lesson's flat knobs into the simulator's typed scenario parameters. */
import { defaultParams, type ScenarioName, type ScenarioParamsMap, type SocketIoFault, type SockJsFault, type StompFault, type WebSocketFault, type WsCompression } from '../sim';
import type { Knobs } from './knobs';
import { commonParamsOf, httpScenarioParams } from './httpScenarioParams';

/** Scenario parameters for `scenario` with the knobs applied over the simulator's defaults. */
export function toScenarioParams<N extends ScenarioName>(scenario: N, knobs: Knobs): ScenarioParamsMap[N] {
  // The sockets widget maps its knobs with `socketsParamsOf`, kept apart so the other lessons do not ship it.
  if (scenario === 'sockets') throw new Error('toScenarioParams: use socketsParamsOf for the sockets scenario');
  if (scenario === 'stomp') {
    const stomp = defaultParams('stomp');
    return {
      ...stomp,
      seed: knobs.seed,
      network: { ...stomp.network, latencyMs: knobs.latencyMs, jitterMs: knobs.jitterMs },
      clients: knobs.clients,
      destinationKind: knobs.destinationKind === 'queue' ? 'queue' : 'topic',
      ackMode: knobs.ackMode as ScenarioParamsMap['stomp']['ackMode'],
      messages: knobs.messages,
      payloadBytes: knobs.payloadBytes,
      heartBeatMs: knobs.heartBeatMs,
      nackFirst: knobs.nack === 'first',
      fault: knobs.stompFault as StompFault,
      faultAtMs: knobs.faultAtMs,
    } as ScenarioParamsMap[N];
  }
  const base = defaultParams(scenario as Exclude<ScenarioName, 'sockets' | 'stomp'>);
  const common = commonParamsOf(knobs, base.network);
  switch (scenario) {
    case 'polling':
    case 'long-polling':
    case 'streaming':
      return httpScenarioParams(scenario, knobs) as ScenarioParamsMap[N];
    case 'websocket':
      return {
        ...base,
        ...common,
        secure: knobs.scheme === 'wss',
        tcpDetail: knobs.tcpDetail === 'on',
        fault: knobs.fault as WebSocketFault,
        faultAtMs: knobs.faultAtMs,
        payloadBytes: knobs.payloadBytes,
        fragmentBytes: knobs.fragmentBytes > 0 ? knobs.fragmentBytes : Infinity,
        clientMessageType: knobs.clientType === 'text' ? 'text' : 'binary',
        compression: knobs.compression as WsCompression,
        pingIntervalMs: knobs.pingIntervalMs,
        closeBy: knobs.closeBy === 'server' ? 'server' : 'client',
        closeCode: Number(knobs.closeCode),
      } as ScenarioParamsMap[N];
    case 'socketio':
      return {
        ...base,
        ...common,
        transports: knobs.sioTransports === 'websocket' ? 'websocket' : 'polling,websocket',
        fault: knobs.sioFault as SocketIoFault,
        faultAtMs: knobs.faultAtMs,
        payloadBytes: knobs.payloadBytes,
        // engine.io always pings; the knob's 0 ("no heartbeat") keeps the scenario's own interval.
        ...(knobs.pingIntervalMs > 0 ? { pingIntervalMs: knobs.pingIntervalMs } : {}),
      } as ScenarioParamsMap[N];
    case 'sockjs':
      return { ...base, ...common, fault: knobs.sockjsFault as SockJsFault, payloadBytes: knobs.payloadBytes } as ScenarioParamsMap[N];
    default:
      throw new Error(`toScenarioParams: no knob mapping for ${scenario}`);
  }
}
