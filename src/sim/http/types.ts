/**
 * HTTP/1.1 message shapes the codec serializes and parses (RFC 9112).
 * Header names keep the caller's case and order: the inspector shows what was sent.
 */
import type { Field } from '../timeline/types';

/** One header field line, `name: value` (RFC 9112 §5). */
export interface HttpHeader {
  readonly name: string;
  readonly value: string;
}

/** A request: request line (RFC 9112 §3) + headers + optional body. */
export interface HttpRequest {
  readonly method: string;
  readonly target: string;
  readonly headers: readonly HttpHeader[];
  readonly body?: Uint8Array;
  /** Defaults to "HTTP/1.1"; only historical examples need another. */
  readonly version?: string;
}

/** A response: status line (RFC 9112 §4) + headers + optional body. */
export interface HttpResponse {
  readonly status: number;
  /** Defaults to the standard reason phrase for `status` (RFC 9110 §15). */
  readonly reason?: string;
  readonly headers: readonly HttpHeader[];
  readonly body?: Uint8Array;
  /** Defaults to "HTTP/1.1"; only historical examples need another. */
  readonly version?: string;
}

/** Bytes of one message with the fields that tile them and the overhead/payload split. */
export interface EncodedMessage {
  readonly bytes: Uint8Array;
  readonly fields: Field[];
  /** Protocol overhead: start line, headers, CRLFs, chunk framing, SSE prefixes … */
  readonly headerBytes: number;
  /** Application payload: body, chunk data, SSE data values. */
  readonly payloadBytes: number;
}

/** What a server writes as one Server-Sent Event (WHATWG HTML §9.2.6). */
export interface SseEventInit {
  readonly data: string;
  readonly id?: string;
  readonly event?: string;
  /** Reconnection time in ms. */
  readonly retry?: number;
  /** A comment line (": …"), e.g. a keep-alive; browsers ignore it. */
  readonly comment?: string;
}

/** An event as a browser's EventSource dispatches it (WHATWG HTML §9.2.6). */
export interface SseEvent {
  /** Event type: the `event:` field, or "message" when none was given. */
  readonly type: string;
  readonly data: string;
  /** The last event ID in force when this event was dispatched. */
  readonly lastEventId: string;
  /** Byte range [start, end) of the block that produced the event, blank line included. */
  readonly start: number;
  readonly end: number;
}
