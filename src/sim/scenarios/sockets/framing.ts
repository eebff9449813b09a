/**
 * How an application finds its messages again in TCP's byte stream. TCP keeps
 * no message boundaries: one recv() may return part of a send(), or two sends
 * at once. A framing puts the boundaries into the bytes; `MessageFramer`
 * reads them back out of whatever chunks recv() happens to return.
 */
import { decodeUtf8, encodeUtf8 } from '../../bytes/utf8';
import type { Framing } from '../scenarioParams';

/** The length prefix: a 4-byte unsigned big-endian count of the bytes that follow. */
export const LENGTH_PREFIX_BYTES = 4;
const NEWLINE = 0x0a;

/** The bytes one send() writes for `text` under `framing`. */
export function frameMessage(text: string, framing: Framing): Uint8Array {
  const body = encodeUtf8(text);
  if (framing === 'newline') {
    const out = new Uint8Array(body.length + 1);
    out.set(body);
    out[body.length] = NEWLINE;
    return out;
  }
  if (framing === 'length-prefix') {
    const out = new Uint8Array(LENGTH_PREFIX_BYTES + body.length);
    new DataView(out.buffer).setUint32(0, body.length);
    out.set(body, LENGTH_PREFIX_BYTES);
    return out;
  }
  return body;
}

/** Reassembles whole messages from recv() chunks; with no framing, each chunk is taken as a message. */
export class MessageFramer {
  private buffered = new Uint8Array(0);
  constructor(private readonly framing: Framing) {}

  /** Bytes waiting for the rest of their message. */
  get pending(): number {
    return this.buffered.length;
  }

  /** Takes in one recv() result; returns the messages it completed (their text, without framing). */
  push(chunk: Uint8Array): string[] {
    if (this.framing === 'none') return chunk.length > 0 ? [decodeUtf8(chunk)] : [];
    const all = new Uint8Array(this.buffered.length + chunk.length);
    all.set(this.buffered);
    all.set(chunk, this.buffered.length);
    const messages: string[] = [];
    let at = 0;
    for (;;) {
      if (this.framing === 'newline') {
        const end = all.indexOf(NEWLINE, at);
        if (end < 0) break;
        messages.push(decodeUtf8(all.subarray(at, end)));
        at = end + 1;
      } else {
        if (all.length - at < LENGTH_PREFIX_BYTES) break;
        const length = new DataView(all.buffer, all.byteOffset + at).getUint32(0);
        if (all.length - at - LENGTH_PREFIX_BYTES < length) break;
        messages.push(decodeUtf8(all.subarray(at + LENGTH_PREFIX_BYTES, at + LENGTH_PREFIX_BYTES + length)));
        at += LENGTH_PREFIX_BYTES + length;
      }
    }
    this.buffered = all.slice(at);
    return messages;
  }
}

/** Bytes as a program's string literal would show them: printable ASCII as is, "\n", "\r", "\t", "\\", others as "\xNN". */
export function escapeBytes(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    if (b === 0x0a) out += '\\n';
    else if (b === 0x0d) out += '\\r';
    else if (b === 0x09) out += '\\t';
    else if (b === 0x5c) out += '\\\\';
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return out;
}
