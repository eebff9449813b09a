/**
 * Requests a `socketlab.v1` client can make in a text message. A page cannot
 * send a Ping frame (the WebSocket API has no ping()), so it can ask the server
 * to send one; the browser then answers with a Pong by itself, and the frame
 * mirror shows that pong exactly as it arrived. Any other text is a message to echo.
 */

/** A request the lab server acts on. */
export type LabRequest = { readonly kind: 'ping'; readonly data: string };

const KNOWN_KEYS = new Set(['request', 'data']);

/** Reads `{"request":"ping","data":"…"}` (data optional) as a request; anything else, JSON or not, is null. */
export function parseLabRequest(text: string): LabRequest | null {
  // Cheap test first: the echo path is hot and almost never carries a request.
  if (!text.startsWith('{') || !text.includes('"request"')) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const o = value as Record<string, unknown>;
  if (o.request !== 'ping' || !Object.keys(o).every((key) => KNOWN_KEYS.has(key))) return null;
  if (o.data !== undefined && typeof o.data !== 'string') return null;
  return { kind: 'ping', data: (o.data as string | undefined) ?? '' };
}
