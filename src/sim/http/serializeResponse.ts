/** Serializes a complete response: head + body (RFC 9112 §4, §6). */
import type { EncodedMessage, HttpResponse } from './types';
import { MessageWriter } from './messageWriter';
import { writeResponseHead } from './serializeResponseHead';

/** Status line, headers, blank line and body; the caller supplies framing headers (see withContentLength). */
export function serializeResponse(res: HttpResponse): EncodedMessage {
  const w = new MessageWriter();
  writeResponseHead(w, res);
  if (res.body) w.bytes('body', res.body, 'field.body', undefined, true);
  return w.finish();
}
