/**
 * A request header set for the simulator whose request head has exactly the
 * size the server measured. A page cannot see the header lines its browser
 * adds (User-Agent, Accept-Encoding, Sec-Fetch-* …), only the total the server
 * reports, so the prediction carries that total in one filler header.
 */
import type { HeaderSet, HttpHeader } from '../../sim';

/** The filler's name: it stands for the header lines the page cannot read. */
export const UNSEEN_HEADERS = 'X-Unseen-Browser-Headers';
// ": " and CRLF around the value.
const LINE_OVERHEAD = 4;

/** Headers that grow a request head of `bareHeadBytes` (request line + empty line, no headers) to `targetHeadBytes`. */
export function paddedHeaderSet(targetHeadBytes: number, bareHeadBytes: number): HeaderSet {
  const room = Math.round(targetHeadBytes) - bareHeadBytes - UNSEEN_HEADERS.length - LINE_OVERHEAD;
  const headers: HttpHeader[] = room >= 0 ? [{ name: UNSEEN_HEADERS, value: 'x'.repeat(room) }] : [];
  return { kind: 'custom', headers };
}
