/**
 * Limits and time-outs of the STOMP broker at /stomp. Defaults are embedded;
 * each one can be changed with the STOMP_* environment variable named beside
 * it, and tests pass their own values to `createServer`.
 */

/** Every limit the broker enforces. */
export interface StompConfig {
  /** STOMP_MAX_FRAME_BYTES: largest frame, command to NUL; a larger one gets ERROR and close 1009. Also the WebSocket message limit. */
  readonly maxFrameBytes: number;
  /** STOMP_MAX_HEADERS: header lines in one frame. */
  readonly maxHeaders: number;
  /** STOMP_MAX_HEADER_LINE_BYTES: longest command or header line. */
  readonly maxHeaderLineBytes: number;
  /** STOMP_MAX_SUBSCRIPTIONS: subscriptions one connection may hold. */
  readonly maxSubscriptions: number;
  /** STOMP_MAX_PENDING: messages sent to one subscription and not yet acknowledged; one more makes it a slow consumer (ERROR, close). */
  readonly maxPendingMessages: number;
  /** STOMP_MAX_QUEUED: messages a queue holds while it has no consumer; a SEND beyond gets ERROR. */
  readonly maxQueuedMessages: number;
  /** STOMP_MAX_BUFFERED_BYTES: unsent bytes a slow reader may pile up before it is dropped as a slow consumer. */
  readonly maxBufferedBytes: number;
  /** STOMP_MAX_CONNECTIONS: STOMP connections open at once. */
  readonly maxConnections: number;
  /** STOMP_MAX_CONNECTIONS_PER_ADDRESS: the same, from one remote address. */
  readonly maxConnectionsPerAddress: number;
  /** STOMP_HEART_BEAT_MS: what the broker offers in CONNECTED's heart-beat, both ways (0: none). */
  readonly heartBeatMs: number;
  /** STOMP_HEART_BEAT_GRACE: silence tolerated, as a multiple of the negotiated client interval, before ERROR and close. */
  readonly heartBeatGrace: number;
  /** STOMP_CONNECT_TIMEOUT_MS: time from the upgrade to a CONNECT frame. */
  readonly connectTimeoutMs: number;
  /** STOMP_FRAME_TIMEOUT_MS: time a frame may take from its first byte to its NUL (a frame that never ends). */
  readonly frameTimeoutMs: number;
  /** STOMP_CLOSE_GRACE_MS: time a client has to answer the Close frame after ERROR or DISCONNECT before its socket is destroyed. */
  readonly closeGraceMs: number;
}

/** The embedded defaults: a classroom's worth of clients on a laptop. */
export const DEFAULT_STOMP_CONFIG: StompConfig = {
  maxFrameBytes: 64 * 1024,
  maxHeaders: 64,
  maxHeaderLineBytes: 4096,
  maxSubscriptions: 32,
  maxPendingMessages: 256,
  maxQueuedMessages: 1000,
  maxBufferedBytes: 1024 * 1024,
  maxConnections: 1000,
  maxConnectionsPerAddress: 32,
  heartBeatMs: 10_000,
  heartBeatGrace: 2,
  connectTimeoutMs: 10_000,
  frameTimeoutMs: 10_000,
  closeGraceMs: 2000,
};

const ENV_NAMES: Readonly<Record<keyof StompConfig, string>> = {
  maxFrameBytes: 'STOMP_MAX_FRAME_BYTES',
  maxHeaders: 'STOMP_MAX_HEADERS',
  maxHeaderLineBytes: 'STOMP_MAX_HEADER_LINE_BYTES',
  maxSubscriptions: 'STOMP_MAX_SUBSCRIPTIONS',
  maxPendingMessages: 'STOMP_MAX_PENDING',
  maxQueuedMessages: 'STOMP_MAX_QUEUED',
  maxBufferedBytes: 'STOMP_MAX_BUFFERED_BYTES',
  maxConnections: 'STOMP_MAX_CONNECTIONS',
  maxConnectionsPerAddress: 'STOMP_MAX_CONNECTIONS_PER_ADDRESS',
  heartBeatMs: 'STOMP_HEART_BEAT_MS',
  heartBeatGrace: 'STOMP_HEART_BEAT_GRACE',
  connectTimeoutMs: 'STOMP_CONNECT_TIMEOUT_MS',
  frameTimeoutMs: 'STOMP_FRAME_TIMEOUT_MS',
  closeGraceMs: 'STOMP_CLOSE_GRACE_MS',
};

// Zero would disable the bound entirely; these must stay bounded.
const POSITIVE: ReadonlySet<keyof StompConfig> = new Set<keyof StompConfig>(['maxFrameBytes', 'maxHeaders', 'maxHeaderLineBytes', 'maxPendingMessages', 'maxBufferedBytes', 'heartBeatGrace', 'connectTimeoutMs', 'frameTimeoutMs']);

/** Defaults overridden by the STOMP_* environment variables, then by `overrides`; a malformed value is an error. */
export function readStompConfig(env: NodeJS.ProcessEnv = {}, overrides: Partial<StompConfig> = {}): StompConfig {
  const fromEnv: Partial<Record<keyof StompConfig, number>> = {};
  for (const [key, name] of Object.entries(ENV_NAMES) as [keyof StompConfig, string][]) {
    const raw = env[name]?.trim();
    if (!raw) continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < (POSITIVE.has(key) ? 1 : 0)) throw new Error(`${name} must be a whole number ≥ ${POSITIVE.has(key) ? 1 : 0}, got "${raw}"`);
    fromEnv[key] = value;
  }
  return { ...DEFAULT_STOMP_CONFIG, ...fromEnv, ...overrides };
}
