/**
 * The exact HTTP messages the three scenarios put on the wire, built by the
 * HTTP codec. Messages that never change within a run (every poll request,
 * every empty answer, the stream head) are serialized once and shared.
 * Messages that differ per event are deferred: their sizes come from a
 * memoized codec template of the same shape (same body length, same id width),
 * and the codec encodes the real bytes only when someone reads them.
 */
import type { GeneratedEvent } from '../events/generateEvents';
import {
  defaultRequestHeaders, defaultResponseHeaders, encodeChunk, encodeChunkOf, encodeSseEvent, reasonPhrase,
  serializeRequest, serializeResponse, serializeResponseHead, withContentLength,
  type EncodedMessage, type HttpHeader, type RequestHeaderOptions,
} from '../http';
import { encodeUtf8 } from '../bytes/utf8';
import type { DeferredMessage } from '../timeline/timelineBuilder';
import type { HeaderSet, StreamMode } from './scenarioParams';
import { DeferredChunk, DeferredJsonResponse, DeferredSseChunk } from './deferredMessages';
import { utf8ByteLength } from './utf8ByteLength';

/** The host every simulated request goes to (RFC 2606 reserves it for examples). */
export const HOST = 'example.com';
const JSON_TYPE = 'application/json';
const EVENT_STREAM_TYPE = 'text/event-stream';
const STATUS_OK = 200;
const STATUS_NO_CONTENT = 204;
const EMPTY = new Uint8Array(0);
// One shared string per status line label: every 200 in a run has the same summary.
const OK_SUMMARY = statusText(STATUS_OK);
const NO_CONTENT_SUMMARY = statusText(STATUS_NO_CONTENT);
// An SSE data value with a line break becomes several data: lines (WHATWG HTML §9.2.6): not the template's shape.
const LINE_BREAK = /[\r\n]/;

/** A message plus the protocol text that labels it on the diagram. */
export interface LabelledMessage {
  readonly message: EncodedMessage | DeferredMessage;
  readonly summary: string;
}

/** Builds (and caches) the HTTP messages of one scenario run. */
export class HttpMessages {
  private readonly cache = new Map<string, LabelledMessage>();
  private readonly templates = new Map<string, EncodedMessage>();
  private readonly jsonHeads = new Map<number, EncodedMessage>();

  constructor(private readonly headerSet: HeaderSet, private readonly responseHeaders?: readonly HttpHeader[]) {}

  /** A bodiless GET for `target`, as fetch() (or EventSource, for SSE) would send it. Cached. */
  get(target: string, asEventSource = false): LabelledMessage {
    return this.cached(`GET ${target} ${asEventSource}`, () => {
      const headers = this.requestHeaders({ kind: asEventSource ? 'eventsource' : 'fetch' });
      return { message: serializeRequest({ method: 'GET', target, headers }), summary: `GET ${target}` };
    });
  }

  /** A POST of `body` (JSON) to `target`, framed by Content-Length (RFC 9112 §6.2). */
  post(target: string, body: string): LabelledMessage {
    const bytes = encodeUtf8(body);
    // The browser model writes Content-Length where Chromium does (third); a custom set gets it after Content-Type.
    const headers = this.headerSet.kind === 'browser'
      ? this.requestHeaders({ kind: 'post', bodyLength: bytes.length, contentType: JSON_TYPE })
      : withContentLength(this.headerSet.headers, bytes);
    return { message: serializeRequest({ method: 'POST', target, headers, body: bytes }), summary: `POST ${target}` };
  }

  /** 200 with the events as a JSON array, framed by Content-Length. Deferred: the head is shared per body length. */
  events(events: readonly GeneratedEvent[]): LabelledMessage {
    // The body `[p0,p1,…]` is only written on encode; a lone event keeps just its payload (no array, no text per response).
    const payloads = events.length === 1 ? events[0]!.payload : events.map((e) => e.payload);
    // Brackets and commas are one byte each and split no surrogate pair, so the parts' lengths add up.
    let bodyLength = 2 + Math.max(0, events.length - 1);
    for (const e of events) bodyLength += utf8ByteLength(e.payload);
    return { message: new DeferredJsonResponse(payloads, this.jsonHead(bodyLength), bodyLength, this.responseHeaders), summary: OK_SUMMARY };
  }

  /** 204 No Content: an answer with nothing in it (RFC 9110 §15.3.5: no Content-Type, no body). Cached. */
  noContent(): LabelledMessage {
    return this.cached('204', () => {
      const headers = (this.responseHeaders ?? defaultResponseHeaders()).filter((h) => h.name.toLowerCase() !== 'content-type');
      return { message: serializeResponse({ status: STATUS_NO_CONTENT, headers }), summary: NO_CONTENT_SUMMARY };
    });
  }

  /** The head of a streamed response: 200, Transfer-Encoding: chunked, and the stream's content type. Cached. */
  streamHead(mode: StreamMode): LabelledMessage {
    return this.cached(`head ${mode}`, () => {
      const contentType = mode === 'sse' ? EVENT_STREAM_TYPE : JSON_TYPE;
      // X-Accel-Buffering: no — a buffering proxy would otherwise sit on the chunks.
      const headers = this.responseHeaders
        ? [...this.responseHeaders, { name: 'Transfer-Encoding', value: 'chunked' }]
        : defaultResponseHeaders({ contentType, chunked: true, noBuffering: true });
      return { message: serializeResponseHead({ status: STATUS_OK, headers }), summary: OK_SUMMARY };
    });
  }

  /** One event as one (non-empty) chunk (RFC 9112 §7.1); in SSE mode the chunk holds an `id:`/`data:` event block. Deferred. */
  eventChunk(mode: StreamMode, event: GeneratedEvent): LabelledMessage {
    const { payload } = event;
    const dataLength = utf8ByteLength(payload);
    if (mode === 'chunked') {
      const shape = this.template(`chunk ${dataLength}`, () => encodeChunk(new Uint8Array(dataLength)));
      return { message: new DeferredChunk(payload, shape), summary: `chunk ${event.id}` };
    }
    const id = String(event.id);
    const summary = `SSE event ${id}`;
    if (LINE_BREAK.test(payload)) return { message: encodeChunkOf(encodeSseEvent({ id, data: payload })), summary };
    const shape = this.template(`sse ${id.length} ${dataLength}`, () =>
      encodeChunkOf(encodeSseEvent({ id: '0'.repeat(id.length), data: 'x'.repeat(dataLength) })));
    return { message: new DeferredSseChunk(id, payload, shape), summary };
  }

  /** The zero-size chunk that ends a chunked body. Cached. */
  lastChunk(): LabelledMessage {
    return this.cached('last-chunk', () => ({ message: encodeChunk(EMPTY), summary: 'last chunk' }));
  }

  private requestHeaders(overrides: RequestHeaderOptions): readonly HttpHeader[] {
    if (this.headerSet.kind === 'custom') return this.headerSet.headers;
    return defaultRequestHeaders(HOST, { ...this.headerSet.options, ...overrides });
  }

  private cached(key: string, make: () => LabelledMessage): LabelledMessage {
    let hit = this.cache.get(key);
    if (!hit) {
      hit = make();
      this.cache.set(key, hit);
    }
    return hit;
  }

  /** The head of a 200 JSON response whose body is `bodyLength` bytes; memoized by length (numbers key faster than strings). */
  private jsonHead(bodyLength: number): EncodedMessage {
    let head = this.jsonHeads.get(bodyLength);
    if (!head) {
      // Only the body's length shapes the head (Content-Length), so any body of that length will do.
      head = serializeResponseHead({ status: STATUS_OK, headers: withContentLength(this.responseHeaders ?? defaultResponseHeaders(), new Uint8Array(bodyLength)) });
      this.jsonHeads.set(bodyLength, head);
    }
    return head;
  }

  private template(key: string, make: () => EncodedMessage): EncodedMessage {
    let hit = this.templates.get(key);
    if (!hit) {
      hit = make();
      this.templates.set(key, hit);
    }
    return hit;
  }
}

function statusText(status: number): string {
  return `${status} ${reasonPhrase(status)}`;
}
