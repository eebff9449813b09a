/**
 * Limits and time-outs of the live endpoints. Defaults are embedded; each one
 * can be changed with the environment variable named beside it, and tests and
 * benches pass their own values to `createServer`.
 */

import { parseAllowedHosts, type AllowedHosts } from '../hostAllowList';

/** Every limit the live endpoints enforce. */
export interface LiveConfig {
  /** LIVE_MAX_PAYLOAD_BYTES: largest WebSocket message accepted; a larger frame is closed with 1009. */
  readonly maxPayloadBytes: number;
  /** LIVE_MAX_CONNECTIONS: WebSocket connections open at once, all addresses together. */
  readonly maxConnections: number;
  /** LIVE_MAX_CONNECTIONS_PER_ADDRESS: WebSocket connections open at once from one remote address. */
  readonly maxConnectionsPerAddress: number;
  /** LIVE_HANDSHAKE_TIMEOUT_MS: time for a request head (an upgrade request too) and a request body to arrive. */
  readonly handshakeTimeoutMs: number;
  /** LIVE_IDLE_TIMEOUT_MS: a WebSocket silent this long (not even a pong) is closed. */
  readonly idleTimeoutMs: number;
  /** LIVE_ALLOWED_ORIGINS: origins allowed besides the server's own (comma-separated; "*" allows any). */
  readonly allowedOrigins: readonly string[];
  /** LIVE_ALLOWED_HOSTS: Host names served besides localhost and the bound address (comma-separated; "*" allows any); see server/hostAllowList.ts. */
  readonly allowedHosts: AllowedHosts;
  /** LIVE_DEFAULT_RATE: events per second of a session created without `rate`. */
  readonly defaultRate: number;
  /** LIVE_MAX_RATE: highest `rate` a client may ask for, in events per second. */
  readonly maxRate: number;
  /** LIVE_MAX_SESSIONS: live sessions (event sources) at once. */
  readonly maxSessions: number;
  /** LIVE_SESSION_IDLE_MS: a session nobody listens to or asks for is dropped after this long. */
  readonly sessionIdleMs: number;
  /** LIVE_EVENT_BUFFER: events each session keeps for `since` and Last-Event-ID replay. */
  readonly eventBuffer: number;
  /** LIVE_MAX_HELD_REQUESTS: long polls, streams and SSE responses held open at once. */
  readonly maxHeldRequests: number;
  /** LIVE_MAX_HELD_PER_ADDRESS: the same, from one remote address. */
  readonly maxHeldPerAddress: number;
  /** LIVE_LONG_POLL_TIMEOUT_MS: longest (and default) hold of a long poll. */
  readonly longPollTimeoutMs: number;
  /** LIVE_STREAM_MAX_MS: a chunked stream or SSE response ends after this long (SSE clients reconnect). */
  readonly streamMaxMs: number;
  /** LIVE_MAX_SEND_BYTES: largest body of POST /api/send. */
  readonly maxSendBytes: number;
  /** LIVE_MAX_SENDS_PER_SECOND: POST /api/send accepted per session and second. */
  readonly maxSendsPerSecond: number;
  /** LIVE_MAX_BUFFERED_BYTES: unsent bytes a slow reader may pile up before it is dropped. */
  readonly maxBufferedBytes: number;
  /** LIVE_CLOSE_GRACE_MS: time a client has to answer the server's Close frame (idle, shutdown) before its socket is destroyed. */
  readonly closeGraceMs: number;
  /** LIVE_MAX_SESSIONS_PER_ADDRESS: sessions one remote address may have created and still alive. */
  readonly maxSessionsPerAddress: number;
  /** LIVE_MAX_SENDS_PER_ADDRESS: POST /api/send accepted per remote address and second, all its sessions together. */
  readonly maxSendsPerAddress: number;
  /** LIVE_EVENT_BUFFER_BYTES: bytes of event data each session keeps for replay (older events go first; the newest stays). */
  readonly eventBufferBytes: number;
  /** LIVE_MIRROR_MESSAGE_BYTES: bytes of frame-mirror reports that may wait for one message to complete. */
  readonly mirrorMessageBytes: number;
  /** LIVE_MIRROR_PENDING_BYTES: bytes of frame-mirror reports that may wait on one connection. */
  readonly mirrorPendingBytes: number;
  /** LIVE_MAX_FRAGMENTS: frames one message may be split into; one more → Close 1008 (ws's maxFragments). */
  readonly maxFragments: number;
  /** LIVE_MAX_PENDING_PONGS: pongs the server may have queued for a client that does not read; one more → Close 1008. */
  readonly maxPendingPongs: number;
  /** LIVE_HEAP_HIGH_WATER_MB: heap in use past which new WebSockets and new sessions get 503 (0 = no guard). */
  readonly heapHighWaterMb: number;
  /**
   * LIVE_DEFLATE ("on" / "off", default off): accept permessage-deflate (RFC 7692) on /ws the way `ws` does (context
   * takeover both ways, 15-bit windows). Off keeps frames uncompressed, so every byte count the live panel checks stays exact.
   */
  readonly deflate: boolean;
}

/** The embedded defaults: generous for a classroom behind one address, small enough for a laptop. */
export const DEFAULT_LIVE_CONFIG: LiveConfig = {
  maxPayloadBytes: 64 * 1024,
  maxConnections: 1000,
  maxConnectionsPerAddress: 32,
  handshakeTimeoutMs: 10_000,
  idleTimeoutMs: 60_000,
  allowedOrigins: [],
  allowedHosts: { any: false, hosts: [] },
  defaultRate: 1,
  maxRate: 20,
  maxSessions: 200,
  sessionIdleMs: 60_000,
  eventBuffer: 256,
  maxHeldRequests: 1000,
  maxHeldPerAddress: 32,
  longPollTimeoutMs: 25_000,
  streamMaxMs: 5 * 60_000,
  maxSendBytes: 4096,
  maxSendsPerSecond: 20,
  maxBufferedBytes: 1024 * 1024,
  closeGraceMs: 2000,
  maxSessionsPerAddress: 32,
  maxSendsPerAddress: 50,
  eventBufferBytes: 256 * 1024,
  mirrorMessageBytes: 32 * 1024,
  mirrorPendingBytes: 64 * 1024,
  maxFragments: 256,
  maxPendingPongs: 60,
  heapHighWaterMb: 768,
  deflate: false,
};

type NumericKey = { [K in keyof LiveConfig]: LiveConfig[K] extends number ? K : never }[keyof LiveConfig];

const ENV_NAMES: Readonly<Record<NumericKey, string>> = {
  maxPayloadBytes: 'LIVE_MAX_PAYLOAD_BYTES',
  maxConnections: 'LIVE_MAX_CONNECTIONS',
  maxConnectionsPerAddress: 'LIVE_MAX_CONNECTIONS_PER_ADDRESS',
  handshakeTimeoutMs: 'LIVE_HANDSHAKE_TIMEOUT_MS',
  idleTimeoutMs: 'LIVE_IDLE_TIMEOUT_MS',
  defaultRate: 'LIVE_DEFAULT_RATE',
  maxRate: 'LIVE_MAX_RATE',
  maxSessions: 'LIVE_MAX_SESSIONS',
  sessionIdleMs: 'LIVE_SESSION_IDLE_MS',
  eventBuffer: 'LIVE_EVENT_BUFFER',
  maxHeldRequests: 'LIVE_MAX_HELD_REQUESTS',
  maxHeldPerAddress: 'LIVE_MAX_HELD_PER_ADDRESS',
  longPollTimeoutMs: 'LIVE_LONG_POLL_TIMEOUT_MS',
  streamMaxMs: 'LIVE_STREAM_MAX_MS',
  maxSendBytes: 'LIVE_MAX_SEND_BYTES',
  maxSendsPerSecond: 'LIVE_MAX_SENDS_PER_SECOND',
  maxBufferedBytes: 'LIVE_MAX_BUFFERED_BYTES',
  closeGraceMs: 'LIVE_CLOSE_GRACE_MS',
  maxSessionsPerAddress: 'LIVE_MAX_SESSIONS_PER_ADDRESS',
  maxSendsPerAddress: 'LIVE_MAX_SENDS_PER_ADDRESS',
  eventBufferBytes: 'LIVE_EVENT_BUFFER_BYTES',
  mirrorMessageBytes: 'LIVE_MIRROR_MESSAGE_BYTES',
  mirrorPendingBytes: 'LIVE_MIRROR_PENDING_BYTES',
  maxFragments: 'LIVE_MAX_FRAGMENTS',
  maxPendingPongs: 'LIVE_MAX_PENDING_PONGS',
  heapHighWaterMb: 'LIVE_HEAP_HIGH_WATER_MB',
};

// Rates may be fractional (0.5 = one event every two seconds); everything else counts whole units.
const FRACTIONAL: ReadonlySet<NumericKey> = new Set<NumericKey>(['defaultRate', 'maxRate']);

/**
 * Defaults overridden by the LIVE_* environment variables, then by `overrides`;
 * a malformed or contradictory value is an error rather than a silent fallback.
 */
export function readLiveConfig(env: NodeJS.ProcessEnv = {}, overrides: Partial<LiveConfig> = {}): LiveConfig {
  const fromEnv: Partial<Record<keyof LiveConfig, unknown>> = {};
  for (const [key, name] of Object.entries(ENV_NAMES) as [NumericKey, string][]) {
    const raw = env[name]?.trim();
    if (!raw) continue;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0 || (!FRACTIONAL.has(key) && !Number.isInteger(value))) {
      throw new Error(`${name} must be a ${FRACTIONAL.has(key) ? '' : 'whole '}number ≥ 0, got "${raw}"`);
    }
    fromEnv[key] = value;
  }
  const origins = env.LIVE_ALLOWED_ORIGINS?.trim();
  if (origins) fromEnv.allowedOrigins = origins.split(',').map((o) => o.trim()).filter((o) => o.length > 0);
  const hosts = parseAllowedHosts(env.LIVE_ALLOWED_HOSTS);
  if (!hosts.ok) throw new Error(hosts.message);
  fromEnv.allowedHosts = hosts.value;
  const deflate = env.LIVE_DEFLATE?.trim().toLowerCase();
  if (deflate) {
    if (!['on', 'off', '1', '0', 'true', 'false'].includes(deflate)) throw new Error(`LIVE_DEFLATE must be "on" or "off", got "${env.LIVE_DEFLATE}"`);
    fromEnv.deflate = deflate === 'on' || deflate === '1' || deflate === 'true';
  }
  const config: LiveConfig = { ...DEFAULT_LIVE_CONFIG, ...(fromEnv as Partial<LiveConfig>), ...overrides };
  if (config.defaultRate > config.maxRate) throw new Error(`LIVE_DEFAULT_RATE (${config.defaultRate}) exceeds LIVE_MAX_RATE (${config.maxRate})`);
  return config;
}
