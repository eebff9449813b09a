/**
 * Settings of the Socket.IO and SockJS endpoints that the /ws limits do not
 * already give (those — payload size, connection ceilings — come from
 * LiveConfig, so every endpoint keeps the same discipline).
 */

/** Heartbeat and session timing of the real libraries. */
export interface RealtimeOptions {
  /** engine.io pingInterval: ms between the server's pings (the library's default, 25 s). */
  readonly pingIntervalMs: number;
  /** engine.io pingTimeout: ms a client may take to pong before its session is closed (default 20 s). */
  readonly pingTimeoutMs: number;
  /** Socket.IO connectTimeout: ms a client has to join a namespace after the engine.io handshake. */
  readonly connectTimeoutMs: number;
  /** SockJS heartbeat_delay: ms between "h" frames (the protocol's 25 s). */
  readonly sockJsHeartbeatMs: number;
  /** SockJS disconnect_delay: ms a polling session lives without a receiving request. */
  readonly sockJsDisconnectMs: number;
}

/** The libraries' own defaults, kept so the page's figures match what a reader meets elsewhere. */
export const DEFAULT_REALTIME_OPTIONS: RealtimeOptions = {
  pingIntervalMs: 25_000,
  pingTimeoutMs: 20_000,
  connectTimeoutMs: 45_000,
  sockJsHeartbeatMs: 25_000,
  sockJsDisconnectMs: 5_000,
};

/** The path prefix of the Socket.IO endpoint (engine.io's default path). */
export const SOCKET_IO_PATH = '/socket.io/';
/** The path prefix of the SockJS services: /sockjs/echo and /sockjs/broadcast. */
export const SOCKJS_PATH = '/sockjs/';

/** True if `url` is under `prefix` (the query string aside). */
export function isUnder(url: string | undefined, prefix: string): boolean {
  return (url ?? '').startsWith(prefix) || (url ?? '').split('?')[0] === prefix.slice(0, -1);
}
