/**
 * The exact HTTP messages the three scenarios put on the wire, built by the
 * HTTP codec. Messages that never change within a run (every poll request,
 * every empty answer) are serialized once and shared: a 10,000-poll timeline
 * holds one copy of their bytes.
 */
import type { GeneratedEvent } from '../events/generateEvents';
import {
  defaultRequestHeaders, defaultResponseHeaders, encodeChunk, encodeChunkOf, encodeSseEvent, reasonPhrase,
  serializeRequest, serializeResponse, serializeResponseHead, withContentLength,
  type EncodedMessage, type HttpHeader,
} from '../http';
import { encodeUtf8 } from '../bytes/utf8';
import type { HeaderSet, StreamMode } from './scenarioParams';

/** The host every simulated request goes to (RFC 2606 reserves it for examples). */
export const HOST = 'example.com';
const ORIGIN = `http://${HOST}`;
const JSON_TYPE = 'application/json';
const EVENT_STREAM_TYPE = 'text/event-stream';
// EventSource asks for no cached copy (WHATWG HTML §9.2.2 fetch settings).
const NO_CACHE = 'no-cache';
const STATUS_OK = 200;
const STATUS_NO_CONTENT = 204;
const EMPTY = new Uint8Array(0);

/** A message plus the protocol text that labels it on the diagram. */
export interface LabelledMessage {
  readonly message: EncodedMessage;
  readonly summary: string;
}

/** Builds (and caches) the HTTP messages of one scenario run. */
export class HttpMessages {
  private readonly cache = new Map<string, LabelledMessage>();

  constructor(private readonly headerSet: HeaderSet) {}

  /** A bodiless GET for `target`, as fetch() (or EventSource, for SSE) would send it. Cached. */
  get(target: string, asEventSource = false): LabelledMessage {
    return this.cached(`GET ${target} ${asEventSource}`, () => {
      const headers = this.requestHeaders(asEventSource ? { accept: EVENT_STREAM_TYPE, cacheControl: NO_CACHE } : {});
      return { message: serializeRequest({ method: 'GET', target, headers }), summary: `GET ${target}` };
    });
  }

  /** A POST of `body` (JSON) to `target`, framed by Content-Length (RFC 9112 §6.2). */
  post(target: string, body: string): LabelledMessage {
    const bytes = encodeUtf8(body);
    const base = this.headerSet.kind === 'browser'
      ? this.requestHeaders({ origin: ORIGIN, extra: [{ name: 'Content-Type', value: JSON_TYPE }] })
      : this.headerSet.headers;
    const headers = withContentLength(base, bytes);
    return { message: serializeRequest({ method: 'POST', target, headers, body: bytes }), summary: `POST ${target}` };
  }

  /** 200 with the events as a JSON array, framed by Content-Length. */
  events(events: readonly GeneratedEvent[]): LabelledMessage {
    const body = encodeUtf8(`[${events.map((e) => e.payload).join(',')}]`);
    const headers = withContentLength(defaultResponseHeaders(), body);
    return { message: serializeResponse({ status: STATUS_OK, headers, body }), summary: statusText(STATUS_OK) };
  }

  /** 204 No Content: an answer with nothing in it (RFC 9110 §15.3.5: no Content-Type, no body). Cached. */
  noContent(): LabelledMessage {
    return this.cached('204', () => {
      const headers = defaultResponseHeaders().filter((h) => h.name !== 'Content-Type');
      return { message: serializeResponse({ status: STATUS_NO_CONTENT, headers }), summary: statusText(STATUS_NO_CONTENT) };
    });
  }

  /** The head of a streamed response: 200, Transfer-Encoding: chunked, and the stream's content type. Cached. */
  streamHead(mode: StreamMode): LabelledMessage {
    return this.cached(`head ${mode}`, () => {
      const contentType = mode === 'sse' ? EVENT_STREAM_TYPE : JSON_TYPE;
      // X-Accel-Buffering: no — a buffering proxy would otherwise sit on the chunks.
      const headers = defaultResponseHeaders({ contentType, chunked: true, noBuffering: true });
      return { message: serializeResponseHead({ status: STATUS_OK, headers }), summary: statusText(STATUS_OK) };
    });
  }

  /** One event as one chunk (RFC 9112 §7.1); in SSE mode the chunk holds an `id:`/`data:` event block. */
  eventChunk(mode: StreamMode, event: GeneratedEvent): LabelledMessage {
    if (mode === 'sse') {
      const sse = encodeSseEvent({ id: String(event.id), data: event.payload });
      return { message: encodeChunkOf(sse), summary: `SSE event ${event.id}` };
    }
    return { message: encodeChunk(encodeUtf8(event.payload)), summary: `chunk ${event.id}` };
  }

  /** The zero-size chunk that ends a chunked body. Cached. */
  lastChunk(): LabelledMessage {
    return this.cached('last-chunk', () => ({ message: encodeChunk(EMPTY), summary: 'last chunk' }));
  }

  private requestHeaders(overrides: { accept?: string; cacheControl?: string; origin?: string; extra?: readonly HttpHeader[] }): readonly HttpHeader[] {
    if (this.headerSet.kind === 'custom') return this.headerSet.headers;
    const options = this.headerSet.options ?? {};
    // The reader's own extra headers stay; the scenario's (Content-Type for a POST) follow them.
    const extra = [...(options.extra ?? []), ...(overrides.extra ?? [])];
    return defaultRequestHeaders(HOST, { ...options, ...overrides, extra });
  }

  private cached(key: string, make: () => LabelledMessage): LabelledMessage {
    let hit = this.cache.get(key);
    if (!hit) {
      hit = make();
      this.cache.set(key, hit);
    }
    return hit;
  }
}

function statusText(status: number): string {
  return `${status} ${reasonPhrase(status)}`;
}
