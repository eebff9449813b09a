/**
 * The length of a STOMP frame as `encodeStompFrame` writes it (LF line
 * endings, STOMP 1.2 escaping), counted without writing it: a simulation
 * needs every frame's size for its timing, and the bytes only when someone
 * looks at them.
 */
import { escapesHeaders } from './commands';
import type { StompHeader } from './types';
import { utf8Length } from './utf8Length';

const BACKSLASH = 0x5c;
const CR = 0x0d;
const LF = 0x0a;
const COLON = 0x3a;

/**
 * Bytes a header name or value takes on the wire: its UTF-8, and when `escape` (STOMP 1.2, not CONNECT/CONNECTED)
 * one more byte per escaped character (`\\`, `\r`, `\n`, `\c`).
 */
export function headerTextBytes(text: string, escape: boolean): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Non-ASCII is rare here: the exact count from the start, then the escapes on top.
    if (c >= 0x80) return utf8Length(text) + (escape ? escapes(text) : 0);
    if (escape && (c === BACKSLASH || c === CR || c === LF || c === COLON)) n++;
  }
  return n;
}

function escapes(text: string): number {
  let extra = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH || c === CR || c === LF || c === COLON) extra++;
  }
  return extra;
}

/**
 * Bytes `encodeStompFrame({ command, headers, body })` writes for a body of `bodyBytes` bytes — the command line,
 * each header line, the blank line, the body, the NUL — when `headers` are the frame's exact lines: they already
 * name `content-length`, or the body is empty (else the encoder adds that header).
 */
export function stompFrameBytes(command: string, headers: readonly StompHeader[], bodyBytes: number): number {
  const escape = escapesHeaders(command, '1.2');
  // Command + LF, blank line, NUL.
  let n = utf8Length(command) + 3 + bodyBytes;
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i]!;
    // name ':' value LF
    n += headerTextBytes(h.name, escape) + headerTextBytes(h.value, escape) + 2;
  }
  return n;
}
