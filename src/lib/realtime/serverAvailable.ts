/**
 * Whether this page is served by Socket Lab's server (which runs the real
 * Socket.IO and SockJS servers side by side) or by a static host. The probe
 * is SockJS's `GET /sockjs/echo/info`: sockjs-node answers it with its JSON
 * and creates no session (engine.io has no such question: anything it does
 * not open a session for is a 400, which the browser would log as an error).
 * The build carries a placeholder at that path (public/sockjs/echo/info), so
 * a static host answers 200 with other JSON rather than a logged 404.
 */

/** True if the real servers answer here. */
export async function serverAvailable(fetcher: typeof fetch = fetch): Promise<boolean> {
  try {
    const res = await fetcher('/sockjs/echo/info');
    return res.ok && typeof ((await res.json()) as { websocket?: unknown }).websocket === 'boolean';
  } catch {
    return false;
  }
}
