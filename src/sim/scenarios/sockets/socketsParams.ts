/**
 * Keeps the sockets scenario's parameters inside what it can simulate: a value
 * out of range or of the wrong kind falls back to the default (numbers are
 * clamped), so a hand-edited URL cannot hang the simulation or break a port.
 */
import { defaultParams } from '../defaultParams';
import type { Framing, SocketsFault, SocketsParams } from '../scenarioParams';
import { SCENARIO_FAULTS } from '../scenarioFaults';

const FRAMINGS: readonly Framing[] = ['none', 'newline', 'length-prefix'];
/** Enough messages to show coalescing and splitting; more only lengthens the diagram. */
export const MAX_SOCKET_MESSAGES = 20;
const MAX_MESSAGE_CHARS = 4096;
const MAX_PORT = 65534; // the refused fault dials port + 1
const MAX_MSL_MS = 120_000;

const clamp = (value: number, min: number, max: number, fallback: number): number =>
  Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
const clampInt = (value: number, min: number, max: number, fallback: number): number => Math.round(clamp(value, min, max, fallback));

/** `params` with every field made valid (defaults where a field is missing or unusable). */
export function normalizeSocketsParams(params: Partial<SocketsParams>): SocketsParams {
  const d = defaultParams('sockets');
  const framing = FRAMINGS.includes(params.framing as Framing) ? params.framing! : d.framing;
  // Without framing an empty message is no bytes at all: nothing would ever arrive to echo.
  const messages = Array.isArray(params.messages)
    ? params.messages.filter((m): m is string => typeof m === 'string' && (m !== '' || framing !== 'none')).slice(0, MAX_SOCKET_MESSAGES).map((m) => m.slice(0, MAX_MESSAGE_CHARS))
    : d.messages;
  return {
    seed: typeof params.seed === 'number' && Number.isFinite(params.seed) ? params.seed : d.seed,
    network: params.network ?? d.network,
    messages: messages.length > 0 ? messages : d.messages,
    framing,
    port: clampInt(params.port ?? d.port, 1, MAX_PORT, d.port),
    backlog: clampInt(params.backlog ?? d.backlog, 1, 4096, d.backlog),
    mss: clampInt(params.mss ?? d.mss, 1, 65495, d.mss),
    recvBytes: clampInt(params.recvBytes ?? d.recvBytes, 1, 1 << 20, d.recvBytes),
    callGapMs: clamp(params.callGapMs ?? d.callGapMs, 0, 10_000, d.callGapMs),
    wakeJitterMs: clamp(params.wakeJitterMs ?? d.wakeJitterMs, 0, 1000, d.wakeJitterMs),
    closeBy: params.closeBy === 'server' ? 'server' : params.closeBy === 'client' ? 'client' : d.closeBy,
    halfClose: typeof params.halfClose === 'boolean' ? params.halfClose : d.halfClose,
    mslMs: clamp(params.mslMs ?? d.mslMs, 0, MAX_MSL_MS, d.mslMs),
    fault: SCENARIO_FAULTS.sockets.includes(params.fault as SocketsFault) ? params.fault! : d.fault,
  };
}
