/**
 * The origin policy of every live endpoint (RFC 6455 §10.2, RFC 6454): a
 * browser always sends Origin on a WebSocket handshake and on cross-origin
 * requests, so a page from another site is refused unless allow-listed. Non-
 * browser clients send no Origin and are let through: they could forge it anyway.
 */

const DEFAULT_PORTS: Readonly<Record<string, string>> = { 'http:': '80', 'https:': '443' };

/** "host[:port]" lower-cased, without the scheme's default port. */
function normalHost(host: string, protocol: string): string {
  const lower = host.trim().toLowerCase();
  const port = DEFAULT_PORTS[protocol];
  return port && lower.endsWith(`:${port}`) ? lower.slice(0, -(port.length + 1)) : lower;
}

/**
 * True when `origin` may use the live endpoints: absent, equal to the server's
 * own (its host matches the Host header, over http or https, since TLS may end
 * at a proxy), or listed in `allowList` ("*" allows any).
 */
export function originAllowed(origin: string | undefined, host: string | undefined, allowList: readonly string[]): boolean {
  if (origin === undefined) return true;
  if (allowList.includes('*')) return true;
  const trimmed = origin.trim();
  if (allowList.some((allowed) => allowed.toLowerCase() === trimmed.toLowerCase())) return true;
  if (host === undefined) return false;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return false; // "null" (sandboxed frames, file:) and garbage are never our own origin
  }
  if (url.origin === 'null' || !(url.protocol in DEFAULT_PORTS)) return false;
  return normalHost(url.host, url.protocol) === normalHost(host, url.protocol);
}
