/**
 * “HTTPS is port 442” and “WebSocket has no port of its own”: the ports the
 * codec gives ws:// and wss:// URIs by default, and one that names its own.
 */
import { parseWebSocketUri } from '../../sim';

/** Port of the third example: any port works when the URI names it. */
export const EXPLICIT_PORT_URI = 'ws://example.com:8080/chat';

/** Parses a URI the page quotes; the examples are fixed, so a failure is a bug. */
function parsed(uri: string) {
  const result = parseWebSocketUri(uri);
  if (!result.ok) throw new Error(`portMyth: ${uri} must parse`);
  return { uri, port: result.port, defaultPort: result.defaultPort, secure: result.secure, resourceName: result.resourceName };
}

/** ws:// and wss:// with their default ports, and an explicit one. */
export function portMyth() {
  return { plain: parsed('ws://example.com/chat'), secure: parsed('wss://example.com/chat'), explicit: parsed(EXPLICIT_PORT_URI) };
}
