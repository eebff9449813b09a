/** Test helpers: ASCII text ↔ bytes, so fixtures can be written out as the strings they are. */
import { decodeUtf8, encodeUtf8 } from '../bytes/utf8';

/** UTF-8 bytes of `text`. */
export const bytesOf = (text: string): Uint8Array => encodeUtf8(text);
/** Text of `bytes` (lenient UTF-8). */
export const textOf = (bytes: Uint8Array): string => decodeUtf8(bytes);
