/** Turns a lesson's flat knobs into the simulator's typed scenario parameters. */
import { DEFAULT_NETWORK, defaultParams, type EventSchedule, type HeaderSet, type ScenarioName, type ScenarioParamsMap, type SocketIoFault, type SockJsFault, type StompFault, type WebSocketFault } from '../sim';
import type { Knobs } from './knobs';

const MS_PER_SECOND = 1000;
/** A burst is this many events, this far apart: enough to outrun one round trip at any latency the knobs allow. */
const BURST_SIZE = 5;
const BURST_SPACING_MS = 10;
/** The host of the simulated site; a minimal HTTP/1.1 request needs only Host (RFC 9112 §3.2). */
const MINIMAL_HOST = 'example.com';

/** The event schedule the pattern and rate knobs describe. */
export function scheduleOf(knobs: Knobs): EventSchedule {
  const periodMs = MS_PER_SECOND / knobs.eventRate;
  switch (knobs.pattern) {
    case 'periodic':
      return { kind: 'periodic', periodMs };
    case 'bursts':
      // Same mean rate as the other patterns: `BURST_SIZE` events per burst, bursts spaced accordingly.
      return { kind: 'bursts', everyMs: periodMs * BURST_SIZE, size: BURST_SIZE, spacingMs: BURST_SPACING_MS };
    default:
      return { kind: 'random', ratePerSecond: knobs.eventRate };
  }
}

function headerSetOf(knobs: Knobs): HeaderSet {
  if (knobs.headerSet === 'minimal') return { kind: 'custom', headers: [{ name: 'Host', value: MINIMAL_HOST }] };
  return { kind: 'browser', options: knobs.cookieBytes > 0 ? { cookieLength: knobs.cookieBytes } : {} };
}

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
  const common = {
    seed: knobs.seed,
    network: { ...DEFAULT_NETWORK, ...base.network, latencyMs: knobs.latencyMs, jitterMs: knobs.jitterMs },
    events: scheduleOf(knobs),
    headerSet: headerSetOf(knobs),
  };
  switch (scenario) {
    case 'polling':
      return { ...base, ...common, intervalMs: knobs.intervalMs } as ScenarioParamsMap[N];
    case 'long-polling':
      return { ...base, ...common, holdTimeoutMs: knobs.holdTimeoutMs } as ScenarioParamsMap[N];
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
      return { ...base, ...common, mode: knobs.mode === 'chunked' ? 'chunked' : 'sse' } as ScenarioParamsMap[N];
  }
}
