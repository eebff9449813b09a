/**
 * The first thing the server does with every request and upgrade: refuse a
 * Host that is not on the allow-list (hostAllowList.ts), with a short text
 * saying why, and close the connection so nothing else is read from it.
 */
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { hostAllowed, type AllowedHosts, type HostVerdict } from './hostAllowList';
import { writeAndClose } from './live/upgradeRefusal';

/** Checks requests and upgrades against one allow-list. */
export interface HostGuard {
  /** True when `req` may be served; otherwise it has been answered (400/421) and must not be touched again. */
  admitRequest(req: IncomingMessage, res: ServerResponse): boolean;
  /** The same for an upgrade request, answered on its raw socket. */
  admitUpgrade(req: IncomingMessage, socket: Duplex): boolean;
}

function verdictOf(req: IncomingMessage, allowed: AllowedHosts): HostVerdict {
  return hostAllowed(req.headers.host, { address: req.socket.localAddress, port: req.socket.localPort }, allowed);
}

/** Plain text, never sniffed, never framed, never cached; the connection closes after it. */
const REFUSAL_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'text/plain; charset=utf-8',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Cache-Control': 'no-store',
  Connection: 'close',
};

/** A guard for `allowed`. */
export function hostGuard(allowed: AllowedHosts): HostGuard {
  return {
    admitRequest(req, res) {
      const verdict = verdictOf(req, allowed);
      if (verdict.ok) return true;
      const body = `${verdict.message}\n`;
      // Closing also keeps the live side's per-connection header meter from counting a request it never saw.
      res.writeHead(verdict.status, { ...REFUSAL_HEADERS, 'Content-Length': Buffer.byteLength(body) });
      res.end(body);
      return false;
    },
    admitUpgrade(req, socket) {
      const verdict = verdictOf(req, allowed);
      if (verdict.ok) return true;
      const body = `${verdict.message}\n`;
      const head = [`HTTP/1.1 ${verdict.status} ${STATUS_CODES[verdict.status]}`, ...Object.entries(REFUSAL_HEADERS).map(([name, value]) => `${name}: ${value}`), `Content-Length: ${Buffer.byteLength(body)}`];
      writeAndClose(socket, Buffer.from(`${head.join('\r\n')}\r\n\r\n${body}`, 'utf8'));
      return false;
    },
  };
}
