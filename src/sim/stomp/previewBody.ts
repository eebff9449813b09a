/** A body as text a learner can read in the inspector. */
import { decodeUtf8 } from '../bytes/utf8';

const PREVIEW_CHARS = 64;

/** The body as UTF-8 text (NUL shown as ␀), cut at 64 characters. */
export function previewBody(body: Uint8Array): string {
  const text = decodeUtf8(body).replace(/\0/g, '␀');
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
}
