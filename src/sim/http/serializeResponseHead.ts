/** Serializes the head of a response (status line + headers), e.g. before a streamed body (RFC 9112 §4). */
import type { EncodedMessage, HttpResponse } from './types';
import { MessageWriter } from './messageWriter';
import { reasonPhrase } from './reasonPhrase';
import { CRLF, HTTP_VERSION, writeHead } from './writeHead';

const SP = ' ';

/** Writes status line and headers into `w` (shared with serializeResponse). */
export function writeResponseHead(w: MessageWriter, res: HttpResponse): void {
  // RFC 9112 §4: status-line = HTTP-version SP status-code SP [ reason-phrase ] CRLF
  w.text('version', res.version ?? HTTP_VERSION, 'field.version');
  w.text('sp', SP, 'field.sp', '');
  w.text('status-code', String(res.status), 'field.statusCode');
  w.text('sp', SP, 'field.sp', '');
  w.text('reason', res.reason ?? reasonPhrase(res.status), 'field.reason');
  w.text('crlf', CRLF, 'field.crlf', '');
  writeHead(w, res.headers);
}

/** Status line, headers and blank line only; `res.body` is ignored. */
export function serializeResponseHead(res: HttpResponse): EncodedMessage {
  const w = new MessageWriter();
  writeResponseHead(w, res);
  return w.finish();
}
