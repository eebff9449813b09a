/**
 * Per-event messages whose sizes are known up front (from a codec template of
 * the same shape) and whose bytes the codec writes on first read. Classes with
 * an `encode` method rather than closures: one small object per message, and
 * no function object per message for a bundler's keep-names helper to rename.
 */
import { encodeUtf8 } from '../bytes/utf8';
import {
  defaultResponseHeaders, encodeChunk, encodeChunkOf, encodeSseEvent, serializeResponse, withContentLength,
  type EncodedMessage, type HttpHeader,
} from '../http';
import type { DeferredMessage } from '../timeline/timelineBuilder';

const STATUS_OK = 200;

/** Sizes of the template a deferred message was measured against (an EncodedMessage of the same shape). */
interface Sizes {
  readonly headerBytes: number;
  readonly payloadBytes: number;
}

/**
 * 200 OK with a JSON array body `[p0,p1,…]` of the event payloads (`bodyLength` bytes as UTF-8) after `head`,
 * framed by Content-Length (RFC 9112 §6.2). One event's payload is kept as the bare string: no array per response.
 */
export class DeferredJsonResponse implements DeferredMessage {
  readonly headerBytes: number;
  readonly payloadBytes: number;
  constructor(private readonly payloads: string | readonly string[], head: EncodedMessage, bodyLength: number, private readonly headers?: readonly HttpHeader[]) {
    // A response head is all overhead; the body is all payload.
    this.headerBytes = head.bytes.length;
    this.payloadBytes = bodyLength;
  }
  /** The codec's exact bytes. */
  encode(): EncodedMessage {
    const { payloads } = this;
    const body = encodeUtf8(`[${typeof payloads === 'string' ? payloads : payloads.join(',')}]`);
    return serializeResponse({ status: STATUS_OK, headers: withContentLength(this.headers ?? defaultResponseHeaders(), body), body });
  }
}

/** One chunk whose data is `text` (RFC 9112 §7.1). */
export class DeferredChunk implements DeferredMessage {
  readonly headerBytes: number;
  readonly payloadBytes: number;
  constructor(private readonly text: string, sizes: Sizes) {
    this.headerBytes = sizes.headerBytes;
    this.payloadBytes = sizes.payloadBytes;
  }
  /** The codec's exact bytes. */
  encode(): EncodedMessage {
    return encodeChunk(encodeUtf8(this.text));
  }
}

/** One chunk holding one Server-Sent Event `id: …` / `data: …` block (WHATWG HTML §9.2.6). */
export class DeferredSseChunk implements DeferredMessage {
  readonly headerBytes: number;
  readonly payloadBytes: number;
  constructor(private readonly id: string, private readonly data: string, sizes: Sizes) {
    this.headerBytes = sizes.headerBytes;
    this.payloadBytes = sizes.payloadBytes;
  }
  /** The codec's exact bytes. */
  encode(): EncodedMessage {
    return encodeChunkOf(encodeSseEvent({ id: this.id, data: this.data }));
  }
}
