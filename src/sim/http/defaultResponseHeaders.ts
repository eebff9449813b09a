/** A typical server's response header set, with a fixed Date because the simulator has no clock. */
import type { HttpHeader } from './types';

/** The Date every simulated response carries unless told otherwise (IMF-fixdate, RFC 9110 §5.6.7). */
export const DEFAULT_HTTP_DATE = 'Tue, 04 Nov 2025 09:00:00 GMT';
/** A current nginx, the most common front server. */
export const DEFAULT_SERVER = 'nginx/1.27.4';
const DEFAULT_CONTENT_TYPE = 'application/json';

/** Knobs for defaultResponseHeaders. */
export interface ResponseHeaderOptions {
  readonly date?: string;
  readonly server?: string;
  /** Default "application/json"; "text/event-stream" for SSE. */
  readonly contentType?: string;
  /** Add `Transfer-Encoding: chunked` for a streamed body (else frame the body with withContentLength). */
  readonly chunked?: boolean;
  /** Default "no-cache": real-time answers must not be reused from a cache. */
  readonly cacheControl?: string | null;
  /** Add `X-Accel-Buffering: no`, which tells nginx not to buffer a stream. */
  readonly noBuffering?: boolean;
  /** Headers appended at the end (e.g. Access-Control-Allow-Origin). */
  readonly extra?: readonly HttpHeader[];
}

/** Server, Date, Content-Type, [Transfer-Encoding], Connection, Cache-Control …, in nginx's order. */
export function defaultResponseHeaders(options: ResponseHeaderOptions = {}): HttpHeader[] {
  const h: HttpHeader[] = [
    { name: 'Server', value: options.server ?? DEFAULT_SERVER },
    { name: 'Date', value: options.date ?? DEFAULT_HTTP_DATE },
    { name: 'Content-Type', value: options.contentType ?? DEFAULT_CONTENT_TYPE },
  ];
  if (options.chunked) h.push({ name: 'Transfer-Encoding', value: 'chunked' });
  h.push({ name: 'Connection', value: 'keep-alive' });
  const cacheControl = options.cacheControl === undefined ? 'no-cache' : options.cacheControl;
  if (cacheControl !== null) h.push({ name: 'Cache-Control', value: cacheControl });
  if (options.noBuffering) h.push({ name: 'X-Accel-Buffering', value: 'no' });
  if (options.extra) h.push(...options.extra);
  return h;
}
