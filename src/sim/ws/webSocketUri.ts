/**
 * WebSocket URIs, RFC 6455 §3: `ws://host[:port]/path[?query]` over plain TCP,
 * `wss://…` over TLS, with default ports 80 and 443 (the HTTP and HTTPS ports,
 * so the handshake looks like ordinary web traffic). Fragments are not allowed.
 */

/** Default port of ws:// (§3). */
export const WS_DEFAULT_PORT = 80;
/** Default port of wss:// (§3). */
export const WSS_DEFAULT_PORT = 443;

/** A parsed ws:// or wss:// URI, or what is wrong with it. */
export type WebSocketUri =
  | {
      readonly ok: true;
      /** wss: the connection runs over TLS. */
      readonly secure: boolean;
      readonly host: string;
      readonly port: number;
      /** Whether the port was left to its default. */
      readonly defaultPort: boolean;
      /** Path and query: the request target of the handshake's GET (§3, "resource name"). */
      readonly resourceName: string;
    }
  | { readonly ok: false; readonly problem: 'scheme' | 'fragment' | 'host' | 'port' };

const SHAPE = /^([a-z][a-z0-9+.-]*):\/\/([^/?#:]*|\[[^\]]*\])(?::(\d*))?([^?#]*)(\?[^#]*)?(#.*)?$/i;
const MAX_PORT = 0xffff;

/** Parses `text` as a WebSocket URI. Never throws. */
export function parseWebSocketUri(text: string): WebSocketUri {
  const m = SHAPE.exec(text.trim());
  const scheme = m?.[1]?.toLowerCase();
  if (!m || (scheme !== 'ws' && scheme !== 'wss')) return { ok: false, problem: 'scheme' };
  if (m[6] !== undefined) return { ok: false, problem: 'fragment' };
  const host = m[2]!;
  if (host === '') return { ok: false, problem: 'host' };
  const secure = scheme === 'wss';
  const portText = m[3];
  const port = portText === undefined || portText === '' ? (secure ? WSS_DEFAULT_PORT : WS_DEFAULT_PORT) : Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > MAX_PORT) return { ok: false, problem: 'port' };
  const resourceName = (m[4] === '' ? '/' : m[4]!) + (m[5] ?? '');
  return { ok: true, secure, host: host.toLowerCase(), port, defaultPort: portText === undefined || portText === '', resourceName };
}
