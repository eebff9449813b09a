/** Finds the end of one CRLF-terminated line of an HTTP/1.1 head (RFC 9112 §2.2). */
import { CR, LF } from './ascii';
import { httpFail, NEED_MORE, type HttpParseFailure } from './parseResult';

/** Largest head (start line + headers, or a trailer section) we wait for before giving up. */
export const MAX_HEAD_BYTES = 64 * 1024;

/** A line [start, end) whose CRLF ends at `next`. */
export interface Line {
  readonly start: number;
  readonly end: number;
  readonly next: number;
}

/**
 * Reads the line starting at `from`. `headStart` is where the current head began, for the
 * size limit. A LF without its CR is an error here: RFC 9112 §2.2 lets a recipient accept it,
 * but Socket Lab shows exact bytes, so it names the rule instead.
 */
export function readLine(bytes: Uint8Array, from: number, headStart: number): Line | HttpParseFailure {
  const limit = Math.min(bytes.length, headStart + MAX_HEAD_BYTES);
  // A plain scan: a subarray view per line was most of the cost of reading a line.
  let lf = -1;
  for (let i = from; i < limit; i++) {
    if (bytes[i] === LF) {
      lf = i;
      break;
    }
  }
  if (lf < 0) return limit === headStart + MAX_HEAD_BYTES ? httpFail('HTTP_ERR_HEAD_TOO_LARGE', limit) : NEED_MORE;
  if (lf === from || bytes[lf - 1] !== CR) return httpFail('HTTP_ERR_BARE_LF', lf);
  return { start: from, end: lf - 1, next: lf + 1 };
}
