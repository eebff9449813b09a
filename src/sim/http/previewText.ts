/** Readable text for a payload field's `value`, cut short so huge bodies stay cheap to annotate. */
import { decodeText } from './decodeText';

/** Bytes decoded for a preview; the inspector shows the bytes themselves anyway. */
export const PREVIEW_BYTES = 200;
const ELLIPSIS = '…';

/** Decodes `bytes[start, end)` leniently as UTF-8, at most PREVIEW_BYTES of it (a character cut in two shows as U+FFFD). */
export function previewText(bytes: Uint8Array, start = 0, end = bytes.length): string {
  if (end - start <= PREVIEW_BYTES) return decodeText(bytes, start, end);
  return decodeText(bytes, start, start + PREVIEW_BYTES) + ELLIPSIS;
}
