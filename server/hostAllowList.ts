/**
 * Which `Host` headers the server answers. A DNS-rebinding page (a name the
 * attacker controls, re-pointed at 127.0.0.1) reaches the server with its own
 * name in `Host` and `Origin`; refusing unknown names keeps it from reading the
 * site or opening a WebSocket as if it were same-origin.
 */

/** One allowed host: a lower-case name (IPv6 in brackets), and a port, or any port when null. */
export interface AllowedHost {
  readonly name: string;
  readonly port: number | null;
}

/** LIVE_ALLOWED_HOSTS parsed: "*" (every host), or a list of hosts. */
export type AllowedHosts = { readonly any: true } | { readonly any: false; readonly hosts: readonly AllowedHost[] };

/** A parse that never throws: the hosts, or a sentence naming the first bad entry. */
export type AllowedHostsParse = { readonly ok: true; readonly value: AllowedHosts } | { readonly ok: false; readonly message: string };

/** The answer for one request's Host. */
export type HostVerdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly status: 400 | 421; readonly message: string };

/** Names every loopback request may use besides the address it arrived on. */
export const LOOPBACK_NAMES: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

// A DNS name (letters, digits, hyphens, dots), an IPv4 address, or an IPv6 address in brackets; an optional port.
const HOST_PATTERN = /^(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)(?::(\d{1,5}))?$/;
// Browsers leave the port out of Host when it is the scheme's default (RFC 9110 §7.2).
const DEFAULT_HTTP_PORT = 80;

/** Splits "name[:port]" (lower-cased); null when it is not a host. */
export function parseHost(value: string): AllowedHost | null {
  const match = HOST_PATTERN.exec(value.trim().toLowerCase());
  if (!match) return null;
  const port = match[2] === undefined ? null : Number(match[2]);
  if (port !== null && port > 65535) return null;
  return { name: match[1]!, port };
}

/** Reads LIVE_ALLOWED_HOSTS: comma-separated `name` (any port) or `name:port`, or "*" for any host. */
export function parseAllowedHosts(raw: string | undefined): AllowedHostsParse {
  const entries = (raw ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry.length > 0);
  if (entries.includes('*')) return { ok: true, value: { any: true } };
  const hosts: AllowedHost[] = [];
  for (const entry of entries) {
    const host = parseHost(entry);
    if (!host) {
      return { ok: false, message: `LIVE_ALLOWED_HOSTS: "${entry}" is not a host name; write names like socketlab.example or socketlab.example:8080, comma-separated, without a scheme or a path` };
    }
    hosts.push(host);
  }
  return { ok: true, value: { any: false, hosts } };
}

/** How a bound local address appears in a Host header: IPv6 in brackets, IPv4-mapped IPv6 as plain IPv4. */
export function hostNameOfAddress(address: string): string {
  const plain = address.startsWith('::ffff:') && address.includes('.') ? address.slice('::ffff:'.length) : address;
  return plain.includes(':') ? `[${plain.toLowerCase()}]` : plain;
}

/** Where a request arrived: the local address and port of its connection. */
export interface LocalEnd {
  readonly address: string | undefined;
  readonly port: number | undefined;
}

/**
 * Whether `host` (the request's Host header) may be served: localhost, the loopback
 * literals and the address the connection arrived on, each with the port it arrived
 * on (or none), are always allowed; `allowed` adds more.
 */
export function hostAllowed(host: string | undefined, local: LocalEnd, allowed: AllowedHosts): HostVerdict {
  if (allowed.any) return { ok: true };
  if (host === undefined || host.trim() === '') {
    return { ok: false, status: 400, message: 'This request has no Host header; the server needs one to know which site is asked for.' };
  }
  const asked = parseHost(host);
  if (asked) {
    const askedPort = asked.port ?? DEFAULT_HTTP_PORT;
    const own = [...LOOPBACK_NAMES, ...(local.address ? [hostNameOfAddress(local.address)] : [])];
    // Our own names without a port too: raw tools send "Host: 127.0.0.1", and these names cannot be rebound anyway.
    if (own.includes(asked.name) && (asked.port === null || asked.port === local.port)) return { ok: true };
    if (allowed.hosts.some((entry) => entry.name === asked.name && (entry.port === null || entry.port === askedPort))) return { ok: true };
  }
  return {
    ok: false,
    status: 421,
    message: `This server does not answer for the host "${host.slice(0, 100)}". If that is its public name, add it to LIVE_ALLOWED_HOSTS.`,
  };
}
