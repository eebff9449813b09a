/**
 * SockJS frame types (sockjs-protocol 0.3, "Framing"): the first character of
 * every frame the server sends says what it is.
 */

/** `o` opens the session. */
export const OPEN_FRAME = 0x6f;
/** `h` is a heartbeat, sent every 25 s by default so proxies keep the connection. */
export const HEARTBEAT_FRAME = 0x68;
/** `a` carries a JSON array of messages. */
export const ARRAY_FRAME = 0x61;
/** `m` carries one JSON-encoded message (older servers; clients still read it). */
export const MESSAGE_FRAME = 0x6d;
/** `c` closes the session with `[code,"reason"]`. */
export const CLOSE_FRAME = 0x63;
/** HTTP transports end each frame with a newline so a streaming reader can split them. */
export const FRAME_NEWLINE = 0x0a;

/** The server's default heartbeat period, in milliseconds (sockjs-node `heartbeat_delay`). */
export const DEFAULT_HEARTBEAT_MS = 25_000;

/** The close codes sockjs-node sends itself. */
export const SOCKJS_CLOSE_GO_AWAY = 3000;
export const SOCKJS_CLOSE_ANOTHER_CONNECTION = 2010;
export const SOCKJS_CLOSE_INTERRUPTED = 1002;

/** One server frame, discriminated on `type`. */
export type SockJsFrame =
  | { readonly type: 'open' }
  | { readonly type: 'heartbeat' }
  | { readonly type: 'array'; readonly messages: readonly string[] }
  | { readonly type: 'message'; readonly message: string }
  | { readonly type: 'close'; readonly code: number; readonly reason: string };
