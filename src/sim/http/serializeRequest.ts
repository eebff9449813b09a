/** Serializes a request to its exact bytes, annotated (RFC 9112 §3, §5, §6). */
import type { EncodedMessage, HttpRequest } from './types';
import { MessageWriter } from './messageWriter';
import { CRLF, HTTP_VERSION, writeHead } from './writeHead';

const SP = ' ';

/** Request line, headers, blank line and body; the caller supplies framing headers (see withContentLength). */
export function serializeRequest(req: HttpRequest): EncodedMessage {
  const w = new MessageWriter();
  // RFC 9112 §3: request-line = method SP request-target SP HTTP-version CRLF
  w.text('method', req.method, 'field.method');
  w.text('sp', SP, 'field.sp', '');
  w.text('target', req.target, 'field.target');
  w.text('sp', SP, 'field.sp', '');
  w.text('version', req.version ?? HTTP_VERSION, 'field.version');
  w.text('crlf', CRLF, 'field.crlf', '');
  writeHead(w, req.headers);
  if (req.body) w.bytes('body', req.body, 'field.body', undefined, true);
  return w.finish();
}
