/**
 * A request header set for the simulator whose request head has a given size:
 * the size the header model gives for the URL the live page really requested
 * (the lesson scenarios ask for "/poll", the page for "/api/poll?session=…"),
 * carried in one filler header. It is never the server's count: the prediction
 * is the model's, and the panel compares it with what the server measured.
 */
import type { HeaderSet, HttpHeader } from '../../sim';

/** The filler's name: it stands for the header model's lines and the longer target. */
export const UNSEEN_HEADERS = 'X-Model-Request-Head';
// ": " and CRLF around the value.
const LINE_OVERHEAD = 4;

/** Headers that grow a request head of `bareHeadBytes` (request line + empty line, no headers) to `targetHeadBytes`. */
export function paddedHeaderSet(targetHeadBytes: number, bareHeadBytes: number): HeaderSet {
  const room = Math.round(targetHeadBytes) - bareHeadBytes - UNSEEN_HEADERS.length - LINE_OVERHEAD;
  const headers: HttpHeader[] = room >= 0 ? [{ name: UNSEEN_HEADERS, value: 'x'.repeat(room) }] : [];
  return { kind: 'custom', headers };
}
