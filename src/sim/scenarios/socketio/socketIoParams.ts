/**
 * Keeps the Socket.IO scenario's parameters inside what it can simulate: a
 * value out of range or of the wrong kind falls back to the default (numbers
 * are clamped), so a hand-edited URL cannot hang the simulation.
 */
import { defaultParams } from '../defaultParams';
import type { SocketIoEmit, SocketIoFault, SocketIoParams, SocketIoTransports } from '../scenarioParams';

const TRANSPORTS: readonly SocketIoTransports[] = ['polling,websocket', 'websocket'];
const FAULTS: readonly SocketIoFault[] = ['none', 'upgrade-blocked', 'buffering-proxy', 'missed-pong', 'server-restart', 'no-sticky', 'sticky'];
/** Enough emits to show batching on a POST; more only lengthens the diagram. */
export const MAX_SOCKET_IO_EMITS = 200;
const MAX_MS = 600_000;
// A ping timer shorter than a round trip would close every session; engine.io itself takes any value.
const MIN_PING_MS = 100;

const clamp = (value: unknown, min: number, max: number, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;

/** `params` with every Socket.IO field made valid (the common fields are passed on as given). */
export function normalizeSocketIoParams(params: SocketIoParams): SocketIoParams {
  const d = defaultParams('socketio');
  const emits: SocketIoEmit[] = Array.isArray(params.clientEmits)
    ? params.clientEmits.filter((e) => typeof e?.at === 'number' && Number.isFinite(e.at)).slice(0, MAX_SOCKET_IO_EMITS).map((e) => ({ at: e.at, ack: e.ack === true }))
    : [...d.clientEmits];
  return {
    ...params,
    transports: TRANSPORTS.includes(params.transports) ? params.transports : d.transports,
    pingIntervalMs: clamp(params.pingIntervalMs, MIN_PING_MS, MAX_MS, d.pingIntervalMs),
    pingTimeoutMs: clamp(params.pingTimeoutMs, MIN_PING_MS, MAX_MS, d.pingTimeoutMs),
    maxPayload: Math.round(clamp(params.maxPayload, 1, 100_000_000, d.maxPayload)),
    clientEmits: emits,
    tickAck: typeof params.tickAck === 'boolean' ? params.tickAck : d.tickAck,
    fault: FAULTS.includes(params.fault) ? params.fault : d.fault,
    faultAtMs: clamp(params.faultAtMs, 0, MAX_MS, d.faultAtMs),
    downMs: clamp(params.downMs, 0, MAX_MS, d.downMs),
    proxyTimeoutMs: clamp(params.proxyTimeoutMs, MIN_PING_MS, MAX_MS, d.proxyTimeoutMs),
  };
}
