/**
 * The prelude sockjs-node writes first on an xhr-streaming answer: 2048 "h"
 * and a newline. Some browsers hand a streamed XMLHttpRequest body to the page
 * only after its first 2 KiB, so the frames that follow arrive at once.
 */
import { encodeUtf8 } from '../bytes/utf8';
import type { Field } from '../timeline/types';

/** How many "h" the prelude has. */
export const PRELUDE_LENGTH = 2048;
/** The prelude's text. */
export const STREAMING_PRELUDE = `${'h'.repeat(PRELUDE_LENGTH)}\n`;

/** The prelude's bytes, with one field over all of them. */
export function encodeStreamingPrelude(): { readonly text: string; readonly bytes: Uint8Array; readonly fields: Field[] } {
  const bytes = encodeUtf8(STREAMING_PRELUDE);
  return { text: STREAMING_PRELUDE, bytes, fields: [{ name: 'sockjs-prelude', start: 0, end: bytes.length, value: `h × ${PRELUDE_LENGTH} + \\n`, meaning: 'sockjsfield.prelude' }] };
}
