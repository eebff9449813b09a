/**
 * Bytes of one fetch() answer: the head rebuilt from the headers fetch exposes
 * (Resource Timing's transferSize would add a fixed 300 instead of the real
 * head), the body from Resource Timing's encodedBodySize when the browser has
 * an entry for the URL, else computed from the text that arrived.
 */
import type { HttpHeader } from '../../sim';
import type { BytesSource } from './liveLink';
import { headerList, responseHeadBytes, utf8Length } from './wireBytes';

// Below the browser's default buffer size (250), so the next answer's entry always has room.
const RESOURCE_TIMING_KEEP = 200;

/** What an answer cost and where the numbers came from. */
export interface AnswerBytes {
  readonly headers: readonly HttpHeader[];
  readonly headBytes: number;
  readonly bodyBytes: number;
  readonly bodyBy: BytesSource;
}

/** Measures an answer whose body `text` has been read. */
export function answerBytes(url: string, response: Response, text: string): AnswerBytes {
  const headers = headerList(response.headers);
  const entries = typeof performance.getEntriesByName === 'function' ? performance.getEntriesByName(url, 'resource') : [];
  const entry = entries.at(-1) as PerformanceResourceTiming | undefined;
  // The buffer holds 250 entries by default; a long polling session fills it. The panel reads each entry once, at once.
  if (typeof performance.clearResourceTimings === 'function' && performance.getEntriesByType('resource').length > RESOURCE_TIMING_KEEP) performance.clearResourceTimings();
  const measured = entry && entry.encodedBodySize > 0 ? entry.encodedBodySize : undefined;
  return {
    headers,
    headBytes: responseHeadBytes(response.status, headers),
    bodyBytes: measured ?? utf8Length(text),
    bodyBy: measured === undefined ? 'computed' : 'resource-timing',
  };
}
