/**
 * Reads one engine.io packet (protocol v4, "Packet encoding"). A binary frame
 * is a binary message as it stands; text starts with a type digit "0"–"6", or
 * with "b" for base64 binary. Never throws: a broken rule is an error value.
 */
import { decodeUtf8 } from '../bytes/utf8';
import { firstInvalidUtf8 } from '../bytes/firstInvalidUtf8';
import type { Field } from '../timeline/types';
import { decodeBase64 } from '../ws/base64';
import { engineIoError, type EngineIoError } from './engineIoError';
import { packetFields } from './packetFields';
import { BASE64_MARKER, packetTypeOfByte } from './packetTypes';
import type { EngineIoPacket } from './types';

/** Options for `decodeEngineIoPacket`. */
export interface DecodePacketOptions {
  /** The bytes came as a binary WebSocket frame (so they are a binary message, not text). */
  readonly binary?: boolean;
  readonly annotate?: boolean;
}

/** The outcome of decoding one packet. */
export type DecodeEngineIoPacketResult =
  | { readonly ok: true; readonly packet: EngineIoPacket; readonly fields?: Field[] }
  | { readonly ok: false; readonly error: EngineIoError };

const fail = (error: EngineIoError): DecodeEngineIoPacketResult => ({ ok: false, error });

/** Decodes the packet that fills `bytes[start, end)`; fields and error offsets are absolute in `bytes`. */
export function decodeEngineIoPacketAt(bytes: Uint8Array, start: number, end: number, options: DecodePacketOptions = {}): DecodeEngineIoPacketResult {
  if (options.binary) {
    const packet: EngineIoPacket = { type: 'message', data: bytes.slice(start, end) };
    return options.annotate ? { ok: true, packet, fields: packetFields(bytes, start, end, { form: 'binary-frame' }) } : { ok: true, packet };
  }
  if (end <= start) return fail(engineIoError('emptyPacket', start));
  const bad = firstInvalidUtf8(bytes, start, end);
  if (bad >= 0) return fail(engineIoError('invalidUtf8', bad));

  if (bytes[start] === BASE64_MARKER) {
    const data = decodeBase64(decodeUtf8(bytes, start + 1, end));
    if (!data) return fail(engineIoError('invalidBase64', start + 1));
    const packet: EngineIoPacket = { type: 'message', data };
    return options.annotate ? { ok: true, packet, fields: packetFields(bytes, start, end, { form: 'base64' }) } : { ok: true, packet };
  }
  const type = packetTypeOfByte(bytes[start]!);
  if (!type) return fail(engineIoError('unknownType', start, { char: decodeUtf8(bytes, start, start + 1) }));
  // Like engine.io-parser, a bare type digit has no data at all (not an empty string).
  const packet: EngineIoPacket = end > start + 1 ? { type, data: decodeUtf8(bytes, start + 1, end) } : { type };
  if (!options.annotate) return { ok: true, packet };
  return { ok: true, packet, fields: packetFields(bytes, start, end, { form: 'text', type, data: typeof packet.data === 'string' ? packet.data : '' }) };
}

/** Decodes one packet: a whole WebSocket message, or one record of a polling payload. */
export function decodeEngineIoPacket(bytes: Uint8Array, options: DecodePacketOptions = {}): DecodeEngineIoPacketResult {
  return decodeEngineIoPacketAt(bytes, 0, bytes.length, options);
}
