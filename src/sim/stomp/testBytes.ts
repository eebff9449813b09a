/** Test helpers: frames written as readable strings, with `^@` for NUL. */
import { decodeUtf8, encodeUtf8 } from '../bytes/utf8';

/** Bytes of `text`, where "^@" stands for a NUL octet. */
export function wire(text: string): Uint8Array {
  return encodeUtf8(text.replace(/\^@/g, '\0'));
}

/** A body as text. */
export function text(bytes: Uint8Array): string {
  return decodeUtf8(bytes);
}
