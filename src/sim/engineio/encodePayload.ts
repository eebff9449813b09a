/**
 * Writes a polling payload (engine.io protocol v4, "Payload"): every packet as
 * text (binary as "b" + base64), joined by the record separator 0x1E.
 */
import type { Field } from '../timeline/types';
import { encodeEngineIoPacket } from './encodePacket';
import { RECORD_SEPARATOR } from './packetTypes';
import type { EngineIoPacket } from './types';

/** Where one packet sits in a payload. */
export interface PacketRange {
  readonly start: number;
  readonly end: number;
}

/** An encoded payload: the HTTP body's bytes, each packet's range, and (if asked) fields that tile the body. */
export interface EncodedEngineIoPayload {
  readonly bytes: Uint8Array;
  readonly ranges: readonly PacketRange[];
  readonly fields?: Field[];
}

/** Encodes `packets` as one polling body. Never throws. */
export function encodeEngineIoPayload(packets: readonly EngineIoPacket[], options: { readonly annotate?: boolean } = {}): EncodedEngineIoPayload {
  const parts = packets.map((p) => encodeEngineIoPacket(p, { transport: 'polling', annotate: options.annotate }));
  const length = parts.reduce((sum, p) => sum + p.bytes.length, 0) + Math.max(0, parts.length - 1);
  const bytes = new Uint8Array(length);
  const ranges: PacketRange[] = [];
  const fields: Field[] = [];
  let at = 0;
  parts.forEach((part, i) => {
    if (i > 0) {
      bytes[at] = RECORD_SEPARATOR;
      fields.push({ name: 'record-separator', start: at, end: at + 1, value: '0x1e', meaning: 'eiofield.recordSeparator' });
      at++;
    }
    bytes.set(part.bytes, at);
    ranges.push({ start: at, end: at + part.bytes.length });
    for (const f of part.fields ?? []) fields.push({ ...f, start: f.start + at, end: f.end + at });
    at += part.bytes.length;
  });
  return options.annotate ? { bytes, ranges, fields } : { bytes, ranges };
}
