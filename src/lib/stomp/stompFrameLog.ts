/**
 * The live section's record of a STOMP conversation: every WebSocket message
 * the page sent or received, read with the project's own streaming parser (one
 * per direction, so a frame split across messages or several in one still
 * come out whole), as entries a view can list.
 */
import { decodeUtf8, encodeUtf8 } from '../../sim/bytes/utf8';
import { StompParser, type StompError, type StompHeader } from '../../sim/stomp';

/** Which way a message went, seen from the page. */
export type Direction = 'sent' | 'received';

/** One entry of the log. */
export type FrameLogEntry =
  | { readonly id: number; readonly kind: 'frame'; readonly direction: Direction; readonly command: string; readonly headers: readonly StompHeader[]; readonly body: string; readonly bytes: number }
  | { readonly id: number; readonly kind: 'heart-beat'; readonly direction: Direction; readonly bytes: number }
  | { readonly id: number; readonly kind: 'error'; readonly direction: Direction; readonly error: StompError };

/** Most entries kept: a long session drops its oldest. */
export const MAX_ENTRIES = 200;

/** Reads both directions of one connection. */
export class StompFrameLog {
  // The page reads broker frames as a client; what it sends, as a broker would.
  readonly #parsers: Record<Direction, StompParser> = { sent: new StompParser({ role: 'server' }), received: new StompParser({ role: 'client' }) };
  #entries: FrameLogEntry[] = [];
  #next = 0;

  /** Entries so far, oldest first. */
  get entries(): readonly FrameLogEntry[] {
    return this.#entries;
  }

  /** Reads one WebSocket message's data (text or binary); returns the log's entries after it. */
  push(direction: Direction, data: string | ArrayBuffer | Uint8Array): readonly FrameLogEntry[] {
    const bytes = typeof data === 'string' ? encodeUtf8(data) : data instanceof Uint8Array ? data : new Uint8Array(data);
    const added: FrameLogEntry[] = [];
    for (const event of this.#parsers[direction].push(bytes)) {
      const id = this.#next++;
      if (event.kind === 'frame') {
        const { command, headers, body } = event.frame;
        added.push({ id, kind: 'frame', direction, command, headers, body: decodeUtf8(body), bytes: event.length });
      } else if (event.kind === 'heartbeat') added.push({ id, kind: 'heart-beat', direction, bytes: event.length });
      else added.push({ id, kind: 'error', direction, error: event.error });
    }
    if (added.length > 0) this.#entries = [...this.#entries, ...added].slice(-MAX_ENTRIES);
    return this.#entries;
  }
}
