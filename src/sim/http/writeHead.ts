/** Writes the parts every HTTP/1.1 head shares: header lines and the blank line (RFC 9112 §2.1, §5). */
import type { HttpHeader } from './types';
import type { MessageWriter } from './messageWriter';
import { fieldName } from './fieldName';
import { headerMeaning } from './headerMeaning';

/** Line terminator of the HTTP/1.1 head (RFC 9112 §2.2). */
export const CRLF = '\r\n';
/** What separates a field name from its value on the wire; the space is optional OWS we always send. */
export const HEADER_SEPARATOR = ': ';
/** The version every message is sent with unless it says otherwise. */
export const HTTP_VERSION = 'HTTP/1.1';

/** Writes one field per header line ("Name: value\r\n"), then the blank line that ends the head. */
export function writeHead(w: MessageWriter, headers: readonly HttpHeader[]): void {
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i]!;
    w.headerLine(fieldName('header:', h.name), h.name, h.value, headerMeaning(h.name));
  }
  w.text('blank-line', CRLF, 'field.blankLine', '');
}
