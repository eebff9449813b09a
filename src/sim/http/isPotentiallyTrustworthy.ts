/**
 * Whether an origin is potentially trustworthy (W3C Secure Contexts §3.1): https: and wss:, or a loopback host
 * (localhost, *.localhost, 127.0.0.0/8, [::1]). Chromium sends client hints and Sec-Fetch-* and offers br and
 * zstd only to such origins; http:// on any other host gets none of them.
 */

const SCHEME_HOST = /^([a-z][a-z0-9+.-]*):\/\/(\[[^\]]*\]|[^/:?#]*)/i;

/** True for `https://…`, `wss://…` and loopback hosts; false for anything else, including text that is not an origin. */
export function isPotentiallyTrustworthy(origin: string): boolean {
  const m = SCHEME_HOST.exec(origin);
  if (!m) return false;
  const scheme = m[1]!.toLowerCase();
  const host = m[2]!.toLowerCase();
  if (scheme === 'https' || scheme === 'wss') return true;
  return host === 'localhost' || host.endsWith('.localhost') || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) || host === '[::1]';
}
