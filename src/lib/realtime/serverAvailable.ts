/**
 * Whether this page is served by Socket Lab's server (which runs the real
 * Socket.IO and SockJS servers) or by a static host. The probe creates no
 * session: engine.io answers an unknown transport with 400 and its own JSON,
 * and sockjs-node answers /info with its JSON; a static host answers neither.
 */
import type { RealtimeLibrary } from './realtimeTrace';

/** True if `library`'s endpoint answers as the real server does. */
export async function serverAvailable(library: RealtimeLibrary, fetcher: typeof fetch = fetch): Promise<boolean> {
  try {
    if (library === 'socketio') {
      const res = await fetcher('/socket.io/?EIO=4&transport=none');
      return res.status === 400 && (await res.text()).includes('"Transport unknown"');
    }
    const res = await fetcher('/sockjs/echo/info');
    return res.ok && typeof ((await res.json()) as { websocket?: unknown }).websocket === 'boolean';
  } catch {
    return false;
  }
}
