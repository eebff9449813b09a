/** Reads the body after a parsed head, as its framing says (RFC 9112 §6). */
import type { Field } from '../timeline/types';
import { NEED_MORE, type HttpParseFailure } from './parseResult';
import type { BodyFraming } from './bodyFraming';
import { readChunkedBody } from './readChunkedBody';
import { previewText } from './previewText';

/** The body (undefined when the message has none) and the offset just after it. */
export function readBody(bytes: Uint8Array, start: number, framing: BodyFraming, fields: Field[]): { body?: Uint8Array; next: number } | HttpParseFailure {
  switch (framing.kind) {
    case 'none':
      return { next: start };
    case 'length': {
      const end = start + framing.length;
      if (bytes.length < end) return NEED_MORE;
      return { body: bodyField(bytes, start, end, fields), next: end };
    }
    case 'chunked': {
      const chunked = readChunkedBody(bytes, start, fields);
      if ('ok' in chunked) return chunked;
      return { body: chunked.body, next: chunked.next };
    }
    case 'close':
      // Without a length the body runs to the end of the connection: here, the end of the input.
      return { body: bodyField(bytes, start, bytes.length, fields), next: bytes.length };
  }
}

function bodyField(bytes: Uint8Array, start: number, end: number, fields: Field[]): Uint8Array {
  if (end > start) fields.push({ name: 'body', start, end, value: previewText(bytes, start, end), meaning: 'field.body' });
  return bytes.slice(start, end);
}
