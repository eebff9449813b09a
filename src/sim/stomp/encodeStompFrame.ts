/**
 * Encodes a STOMP frame (STOMP 1.2 "STOMP Frames"): the command line, one
 * `name:value` line per header, a blank line, the body, a NUL octet. Returns
 * the bytes and fields that tile every one of them.
 */
import { encodeUtf8 } from '../bytes/utf8';
import type { Field } from '../timeline/types';
import { escapesHeaders } from './commands';
import { BLANK_LINE_MEANING, BODY_MEANING, EOL_MEANING, NUL_MEANING, commandMeaning, headerMeaning } from './fieldMeaning';
import { escapeHeaderValue } from './headerEscape';
import { previewBody } from './previewBody';
import type { StompEol, StompFrame, StompHeader, StompVersion } from './types';

/** How to write the frame. */
export interface EncodeStompOptions {
  /** Line ending; LF unless told. */
  readonly eol?: StompEol;
  /** Decides whether headers are escaped (not in 1.0); 1.2 unless told. */
  readonly version?: StompVersion;
  /**
   * Add `content-length` when the frame has a body and no such header (true unless told).
   * A body holding a NUL octet always gets one: without it the first NUL would end the frame.
   */
  readonly contentLength?: boolean;
  /** Build the fields (true unless told); without them `fields` is empty and only the bytes are written. */
  readonly annotate?: boolean;
}

/** The frame's bytes and their annotation. */
export interface EncodedStompFrame {
  readonly bytes: Uint8Array;
  /** Empty when encoded with `annotate: false`. */
  readonly fields: Field[];
  /** Bytes of command, headers, EOLs and the NUL; `bytes.length - overheadBytes` is the body. */
  readonly overheadBytes: number;
}

/** Encodes `frame`; never throws. */
export function encodeStompFrame(frame: StompFrame, options: EncodeStompOptions = {}): EncodedStompFrame {
  const eol = options.eol === 'crlf' ? '\r\n' : '\n';
  const escape = escapesHeaders(frame.command, options.version ?? '1.2');
  const headers: StompHeader[] = [...frame.headers];
  const hasLength = headers.some((h) => h.name === 'content-length');
  if (!hasLength && frame.body.length > 0 && (options.contentLength !== false || frame.body.includes(0))) {
    headers.push({ name: 'content-length', value: String(frame.body.length) });
  }
  const parts: Uint8Array[] = [];
  const fields: Field[] = [];
  const annotate = options.annotate !== false;
  let at = 0;
  const put = (bytes: Uint8Array, name: string, value: string, meaning: string): void => {
    parts.push(bytes);
    if (annotate) fields.push({ name, start: at, end: at + bytes.length, value, meaning });
    at += bytes.length;
  };
  const eolBytes = encodeUtf8(eol);
  put(encodeUtf8(frame.command), 'command', frame.command, annotate ? commandMeaning(frame.command) : '');
  put(eolBytes, 'eol', eol === '\n' ? 'LF' : 'CR LF', EOL_MEANING);
  const seen = new Set<string>();
  for (const h of headers) {
    const line = escape ? `${escapeHeaderValue(h.name)}:${escapeHeaderValue(h.value)}` : `${h.name}:${h.value}`;
    put(encodeUtf8(line), `header:${h.name}`, h.value, annotate ? headerMeaning(h.name, seen.has(h.name)) : '');
    if (annotate) seen.add(h.name);
    put(eolBytes, 'eol', eol === '\n' ? 'LF' : 'CR LF', EOL_MEANING);
  }
  put(eolBytes, 'blank-line', eol === '\n' ? 'LF' : 'CR LF', BLANK_LINE_MEANING);
  // The body preview decodes the body: only when annotating.
  if (frame.body.length > 0) put(frame.body, 'body', annotate ? previewBody(frame.body) : '', BODY_MEANING);
  put(Uint8Array.of(0), 'nul', 'NUL', NUL_MEANING);
  const bytes = new Uint8Array(at);
  let offset = 0;
  for (const p of parts) { bytes.set(p, offset); offset += p.length; }
  return { bytes, fields, overheadBytes: at - frame.body.length };
}
