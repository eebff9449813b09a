/**
 * The parameters each lesson opens with: a 50 ms one-way link (a continent
 * away), about one event a second, Chrome's headers.
 */
import type { ScenarioName } from '../timeline/types';
import type { ScenarioParamsMap } from './scenarioParams';
import { COMMON, DEFAULT_NETWORK, HTTP_DEFAULTS } from './httpDefaultParams';

export { DEFAULT_NETWORK };

const DEFAULTS: ScenarioParamsMap = {
  ...HTTP_DEFAULTS,
  websocket: {
    ...COMMON,
    secure: false,
    tcpDetail: false,
    fragmentBytes: Infinity,
    clientMessages: [3000, 7000],
    // Binary from the client, so the default session shows both message types.
    clientMessageType: 'binary',
    // ws's documented heartbeat pattern pings every 30 s; 4 s keeps two beats inside a lesson's window.
    pingIntervalMs: 4000,
    closeBy: 'client',
    closeCode: 1000,
    closeReason: 'done',
    fault: 'none',
    faultAtMs: 2000,
  },
  sockets: {
    seed: 1,
    network: DEFAULT_NETWORK,
    // With newline framing the wire carries "hello\n": the echo exchange of examples/sockets/.
    messages: ['hello'],
    framing: 'newline',
    port: 7000,
    backlog: 8,
    mss: 1460,
    recvBytes: 1024,
    callGapMs: 1,
    wakeJitterMs: 2,
    closeBy: 'client',
    halfClose: false,
    // Linux keeps a socket in TIME-WAIT for 60 s (TCP_TIMEWAIT_LEN), i.e. 2 × 30 s.
    mslMs: 30_000,
    fault: 'none',
  },
  stomp: {
    seed: 1,
    durationMs: 10_000,
    network: DEFAULT_NETWORK,
    clients: 3,
    destinationKind: 'topic',
    ackMode: 'client-individual',
    messages: 3,
    payloadBytes: 32,
    // Short enough that a lesson's window shows a few beats each way (stompjs defaults to 10 s).
    heartBeatMs: 4000,
    nackFirst: false,
    maxPending: 2,
    fault: 'none',
    faultAtMs: 2000,
  },
  socketio: {
    ...COMMON,
    // Four events over ten seconds keep the diagram readable; the last one well before the client disconnects.
    events: { kind: 'periodic', periodMs: 2500, startMs: 2000 },
    payloadBytes: 32,
    transports: 'polling,websocket',
    // engine.io's defaults are 25 s and 20 s; 4 s and 2 s keep two beats inside a lesson's window.
    pingIntervalMs: 4000,
    pingTimeoutMs: 2000,
    maxPayload: 1_000_000,
    clientEmits: [{ at: 1500, ack: true }, { at: 6000, ack: false }],
    tickAck: true,
    fault: 'none',
    faultAtMs: 5000,
    downMs: 2000,
    // An impatient proxy: long enough for a busy poll, too short for a quiet one.
    proxyTimeoutMs: 1500,
  },
  sockjs: {
    ...COMMON,
    events: { kind: 'periodic', periodMs: 2500, startMs: 2000 },
    payloadBytes: 32,
    // sockjs-node's 25 s; the window is made long enough to see one.
    heartbeatMs: 25_000,
    durationMs: 30_000,
    clientMessages: [1500, 6000],
    fault: 'none',
  },
};

/** The default parameters of scenario `name` (a fresh object each call, safe to spread). */
export function defaultParams<N extends ScenarioName>(name: N): ScenarioParamsMap[N] {
  return { ...DEFAULTS[name] };
}
