/**
 * The lesson's "block WebSocket" switch: a client that adds `block=websocket`
 * to its URL gets its WebSocket upgrades refused, as a proxy that strips
 * `Upgrade` would, so the reader sees the real fallback (engine.io stays on
 * polling; sockjs-client moves down its transport ladder). Only that session
 * is affected.
 */

/** The query parameter and value that turn the switch on. */
export const BLOCK_PARAM = 'block';
export const BLOCK_WEBSOCKET = 'websocket';

/** The query parameters of a request target. */
export function queryOf(url: string | undefined): URLSearchParams {
  const target = url ?? '';
  const at = target.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : target.slice(at + 1));
}

/** True if the request target asks for WebSocket to be blocked. */
export function blocksWebSocket(url: string | undefined): boolean {
  return queryOf(url).getAll(BLOCK_PARAM).includes(BLOCK_WEBSOCKET);
}
