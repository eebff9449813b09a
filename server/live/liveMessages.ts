/**
 * The shapes the live endpoints send, one place for the live panel (and its
 * in-browser mock) to read them from. Times are server clock, epoch ms.
 */
import type { LiveEvent } from './liveSession';

/** What every HTTP answer reports about the request and its own writing. */
export interface ServerTiming {
  /** When the request head had arrived and the handler started. */
  readonly receivedAt: number;
  /** When this response (or, in a stream, this record) was written. */
  readonly writtenAt: number;
  /** Bytes of the request head received: request line, header lines, empty line. */
  readonly requestHeaderBytes: number;
  /** "wire": counted on the socket as it arrived; "rebuilt": recomputed from the parsed headers. */
  readonly headerBytesMeasuredBy: 'wire' | 'rebuilt';
  /** The request's header lines as received: name and size in bytes (name, ": ", value, CRLF); absent from the in-browser mock. */
  readonly requestHeaderLines?: readonly { readonly name: string; readonly bytes: number }[];
}

/** GET /api/poll and GET /api/long-poll: the events after `since`. */
export interface EventsResponse extends ServerTiming {
  readonly session: string;
  /**
   * "immediate": answered at once (a poll, or a long poll with events already waiting);
   * "event": a held long poll released by a new event; "timeout": the hold ran out;
   * "shutdown": the server is stopping.
   */
  readonly reason: 'immediate' | 'event' | 'timeout' | 'shutdown';
  readonly events: readonly LiveEvent[];
  /** The cursor to send as `since` next time. */
  readonly lastId: number;
  /** True when events after `since` were no longer buffered (or `since` came from an older session). */
  readonly gap: boolean;
}

/** POST /api/send: the message became this event. */
export interface SendResponse extends ServerTiming {
  readonly session: string;
  readonly id: number;
  readonly bodyBytes: number;
}

/** Any refusal: the HTTP status says what kind, `error` which rule. */
export interface ErrorResponse {
  readonly error: string;
  readonly message: string;
}

/** One line of GET /api/stream (newline-delimited JSON, one record per chunk). */
export type StreamRecord =
  | (ServerTiming & { readonly type: 'hello'; readonly session: string; readonly rate: number; readonly lastId: number; readonly gap: boolean })
  | { readonly type: 'event'; readonly event: LiveEvent; readonly writtenAt: number }
  | { readonly type: 'end'; readonly reason: StreamEndReason; readonly writtenAt: number };

/** Why the server ended a stream, an SSE response or a hold. */
export type StreamEndReason = 'max-duration' | 'shutdown' | 'slow-consumer';

/** The frame mirror: one frame exactly as the server read it from the socket (socketlab.v1 with ?mirror=1). */
export interface MirroredFrame {
  /** 0, 1, 2 … frames received on this connection. */
  readonly index: number;
  /** Offset of the frame's first byte in the byte stream after the handshake. */
  readonly offset: number;
  /** When the frame's last byte was read. */
  readonly receivedAt: number;
  readonly fin: boolean;
  readonly rsv1: boolean;
  readonly rsv2: boolean;
  readonly rsv3: boolean;
  readonly opcode: number;
  readonly opcodeName: string;
  readonly masked: boolean;
  /** The 4 key bytes as hex ("37 fa 21 3d"), or null when the MASK bit was clear. */
  readonly maskingKey: string | null;
  /** How the payload length was written: in the 7-bit field, or in 16 or 64 extra bits (RFC 6455 §5.2). */
  readonly lengthEncoding: '7-bit' | '16-bit' | '64-bit';
  readonly payloadLength: number;
  /** Header bytes: 2, + 2 or 8 of extended length, + 4 of masking key. */
  readonly headerLength: number;
  /** The header's bytes as hex pairs separated by spaces, exactly as they arrived. */
  readonly headerHex: string;
  /** The first bytes of the unmasked payload as hex (at most MIRROR_PAYLOAD_PREVIEW). */
  readonly payloadHex: string;
  /** For a close frame: its status code and reason, when it has them. */
  readonly close?: { readonly code: number; readonly reason: string };
}

/** A protocol error the mirror's decoder found; the connection is being failed with `closeCode`. */
export interface MirroredError {
  readonly code: string;
  readonly closeCode: number;
  readonly offset: number;
  readonly rule: string;
  readonly messageKey: string;
}

/** Every text message the server sends under the socketlab.v1 subprotocol (JSON, told apart by `type`). */
export type LabMessage =
  | (ServerTiming & { readonly type: 'hello'; readonly protocol: string; readonly session: string | null; readonly mirror: boolean; readonly maxPayloadBytes: number; readonly idleTimeoutMs: number })
  | { readonly type: 'echo'; readonly data: string; readonly receivedAt: number; readonly writtenAt: number }
  | { readonly type: 'event'; readonly event: LiveEvent; readonly writtenAt: number }
  | { readonly type: 'mirror'; readonly frame: MirroredFrame }
  | { readonly type: 'mirror-error'; readonly error: MirroredError }
  /**
   * `frames` frames from `firstIndex` on were received but not reported: their reports would have
   * held more than `budgetBytes` while waiting (`limit`: for one message, or for the connection).
   */
  | { readonly type: 'mirror-truncated'; readonly firstIndex: number; readonly frames: number; readonly limit: 'message' | 'connection'; readonly budgetBytes: number }
  /** Answer to a `{"request":"ping"}`: a Ping frame with `data` went out just before this message. */
  | { readonly type: 'pinged'; readonly data: string; readonly writtenAt: number }
  /** A request the server refused (a ping payload over 125 bytes, RFC 6455 §5.5). */
  | { readonly type: 'request-error'; readonly request: 'ping'; readonly error: 'controlPayloadTooLong'; readonly message: string; readonly writtenAt: number };

/** The subprotocol of the lab envelope (see LabMessage). */
export const LAB_PROTOCOL = 'socketlab.v1';
/** The plain echo subprotocol: every message comes back as it was sent, nothing else is sent. */
export const ECHO_PROTOCOL = 'echo';
/** Subprotocols the server speaks; it picks the first one the client offers. */
export const SUPPORTED_PROTOCOLS: readonly string[] = [LAB_PROTOCOL, ECHO_PROTOCOL];
/** Most payload bytes a mirrored frame shows. */
export const MIRROR_PAYLOAD_PREVIEW = 64;
