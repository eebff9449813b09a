/** What the live section holds while connected, whichever library runs underneath. */
import type { TraceEntry } from './realtimeTrace';

/** How a link reports. */
export interface LinkOptions {
  /** Ask the server to refuse this session's WebSocket upgrades (`block=websocket`). */
  readonly blockWebSocket: boolean;
  /** ms since Connect. */
  readonly now: () => number;
  readonly onTrace: (entry: TraceEntry) => void;
  /** The session ended (closed by either side, or failed to open). */
  readonly onClose: (reason: string) => void;
}

/** An open session of a real client library. */
export interface RealtimeLink {
  /** The transport in use now. */
  transport(): string;
  /** Sends `text`, resolves when its echo is back (and traced). */
  echo(text: string): Promise<void>;
  close(): void;
}

/** UTF-8 length of a string, without Node's Buffer (the links run in browsers). */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}
