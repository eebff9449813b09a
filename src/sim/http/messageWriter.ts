/**
 * Appends bytes and the field that describes them in one call, so that the
 * annotation cannot drift from the bytes. Writers share one scratch buffer and copy
 * out exactly once in finish(): allocating typed arrays is the slow part of
 * serializing a small message, and a 10,000-event timeline serializes thousands.
 */
import type { Field } from '../timeline/types';
import { encodeUtf8 } from '../bytes/utf8';
import type { EncodedMessage } from './types';
import { previewText } from './previewText';
import { CRLF, HEADER_SEPARATOR } from './writeHead';

const INITIAL_CAPACITY = 4096;
const ASCII_LIMIT = 0x80;
// UTF-8 needs at most 3 bytes per UTF-16 code unit (a surrogate pair: 4 bytes for 2 units).
const MAX_UTF8_PER_UNIT = 3;

let scratch: Uint8Array = new Uint8Array(INITIAL_CAPACITY);
let scratchInUse = false;

/** Builds one EncodedMessage field by field. */
export class MessageWriter {
  private buf: Uint8Array;
  private pos = 0;
  private payload = 0;
  private readonly fields: Field[] = [];
  private ownsScratch: boolean;

  /** `capacity` is a hint; the buffer grows as needed. */
  constructor(capacity = 0) {
    // Only one writer at a time may hold the scratch buffer; a nested one gets its own.
    this.ownsScratch = !scratchInUse;
    if (this.ownsScratch) {
      scratchInUse = true;
      if (scratch.length < capacity) scratch = new Uint8Array(capacity);
      this.buf = scratch;
    } else this.buf = new Uint8Array(Math.max(capacity, INITIAL_CAPACITY));
  }

  /** Bytes written so far. */
  get length(): number {
    return this.pos;
  }

  /** Appends `text` as UTF-8 and one field over it; empty text adds nothing. */
  text(name: string, text: string, meaning: string, value: string = text, isPayload = false): void {
    if (text.length === 0) return;
    const start = this.pos;
    this.writeString(text);
    this.push(name, start, value, meaning, isPayload);
  }

  /** Appends several strings as one field (e.g. a whole header line). */
  texts(name: string, parts: readonly string[], meaning: string, value: string): void {
    const start = this.pos;
    for (const part of parts) this.writeString(part);
    if (this.pos > start) this.push(name, start, value, meaning, false);
  }

  /** Appends one header line, `name: value` CRLF, as one field `field` (no array of parts per line). */
  headerLine(field: string, name: string, value: string, meaning: string): void {
    const start = this.pos;
    this.writeString(name);
    this.writeString(HEADER_SEPARATOR);
    this.writeString(value);
    this.writeString(CRLF);
    this.push(field, start, value, meaning, false);
  }

  /** Appends raw bytes as one field; empty data adds nothing. */
  bytes(name: string, data: Uint8Array, meaning: string, value = previewText(data), isPayload = false): void {
    if (data.length === 0) return;
    const start = this.pos;
    this.ensure(data.length);
    this.buf.set(data, this.pos);
    this.pos += data.length;
    this.push(name, start, value, meaning, isPayload);
  }

  /** Appends bytes that already carry their own fields, shifting those fields into place. */
  nested(data: Uint8Array, inner: readonly Field[], payloadBytes: number): void {
    const base = this.pos;
    this.ensure(data.length);
    this.buf.set(data, base);
    this.pos += data.length;
    for (const f of inner) this.fields.push({ ...f, start: f.start + base, end: f.end + base });
    this.payload += payloadBytes;
  }

  /** Copies out the exact bytes and the overhead/payload split; the writer must not be used after. */
  finish(): EncodedMessage {
    const bytes = this.buf.slice(0, this.pos);
    if (this.ownsScratch) {
      // Keep a grown buffer for the next message.
      scratch = this.buf;
      scratchInUse = false;
      this.ownsScratch = false;
    }
    return { bytes, fields: this.fields, headerBytes: this.pos - this.payload, payloadBytes: this.payload };
  }

  private push(name: string, start: number, value: string, meaning: string, isPayload: boolean): void {
    this.fields.push({ name, start, end: this.pos, value, meaning });
    if (isPayload) this.payload += this.pos - start;
  }

  private writeString(s: string): void {
    this.ensure(s.length * MAX_UTF8_PER_UNIT);
    const buf = this.buf;
    let pos = this.pos;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= ASCII_LIMIT) {
        // Rare in HTTP: hand the rest to the full encoder.
        const rest = encodeUtf8(s.slice(i));
        buf.set(rest, pos);
        pos += rest.length;
        break;
      }
      buf[pos++] = c;
    }
    this.pos = pos;
  }

  private ensure(extra: number): void {
    const need = this.pos + extra;
    if (need <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < need) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.buf.subarray(0, this.pos));
    this.buf = grown;
  }
}
