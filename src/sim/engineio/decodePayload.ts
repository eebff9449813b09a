/**
 * Reads a polling payload (engine.io protocol v4, "Payload"): records split at
 * the separator 0x1E, each one packet. Stops at the first bad packet, as
 * engine.io-parser does; never throws.
 */
import type { Field } from '../timeline/types';
import { decodeEngineIoPacketAt } from './decodePacket';
import { engineIoError, type EngineIoError } from './engineIoError';
import type { PacketRange } from './encodePayload';
import { RECORD_SEPARATOR } from './packetTypes';
import type { EngineIoPacket } from './types';

/** Options for `decodeEngineIoPayload`. */
export interface DecodePayloadOptions {
  readonly annotate?: boolean;
  /** The server's maxHttpBufferSize: a longer body is refused before it is read (engine.io answers 413). */
  readonly maxPayload?: number;
}

/** The outcome of decoding a payload. */
export type DecodeEngineIoPayloadResult =
  | { readonly ok: true; readonly packets: readonly EngineIoPacket[]; readonly ranges: readonly PacketRange[]; readonly fields?: Field[] }
  | { readonly ok: false; readonly error: EngineIoError };

/** Decodes a whole polling body. */
export function decodeEngineIoPayload(bytes: Uint8Array, options: DecodePayloadOptions = {}): DecodeEngineIoPayloadResult {
  if (options.maxPayload !== undefined && bytes.length > options.maxPayload) {
    return { ok: false, error: engineIoError('payloadTooLarge', options.maxPayload, { limit: options.maxPayload, length: bytes.length }) };
  }
  const packets: EngineIoPacket[] = [];
  const ranges: PacketRange[] = [];
  const fields: Field[] = [];
  let start = 0;
  for (;;) {
    let end = bytes.indexOf(RECORD_SEPARATOR, start);
    const last = end < 0;
    if (last) end = bytes.length;
    const result = decodeEngineIoPacketAt(bytes, start, end, { annotate: options.annotate });
    if (!result.ok) return result;
    packets.push(result.packet);
    ranges.push({ start, end });
    if (result.fields) fields.push(...result.fields);
    if (last) break;
    fields.push({ name: 'record-separator', start: end, end: end + 1, value: '0x1e', meaning: 'eiofield.recordSeparator' });
    start = end + 1;
  }
  return options.annotate ? { ok: true, packets, ranges, fields } : { ok: true, packets, ranges };
}
