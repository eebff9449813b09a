/**
 * Writes one engine.io packet (protocol v4, "Packet encoding"): the type digit
 * then the text data, or, for binary data, the raw bytes as a binary WebSocket
 * frame — or "b" + base64 where only text can travel (polling).
 */
import { encodeUtf8 } from '../bytes/utf8';
import type { Field } from '../timeline/types';
import { encodeBase64 } from '../ws/base64';
import { packetFields } from './packetFields';
import { BASE64_MARKER, packetTypeDigit } from './packetTypes';
import type { EngineIoPacket, EngineIoTransport } from './types';

/** Options for `encodeEngineIoPacket`. */
export interface EncodePacketOptions {
  /** Default `websocket`: binary stays binary. */
  readonly transport?: EngineIoTransport;
  readonly annotate?: boolean;
}

/** An encoded packet: its bytes, whether they go as a binary frame, and (if asked) the fields that tile them. */
export interface EncodedEngineIoPacket {
  readonly bytes: Uint8Array;
  /** True for a raw binary packet (a binary WebSocket frame); false for text. */
  readonly binary: boolean;
  readonly fields?: Field[];
}

/** Encodes `packet` for `options.transport`. Never throws. */
export function encodeEngineIoPacket(packet: EngineIoPacket, options: EncodePacketOptions = {}): EncodedEngineIoPacket {
  const { data } = packet;
  if (data instanceof Uint8Array) {
    if ((options.transport ?? 'websocket') === 'websocket') {
      const bytes = Uint8Array.from(data);
      return options.annotate ? { bytes, binary: true, fields: packetFields(bytes, 0, bytes.length, { form: 'binary-frame' }) } : { bytes, binary: true };
    }
    const b64 = encodeUtf8(encodeBase64(data));
    const bytes = new Uint8Array(1 + b64.length);
    bytes[0] = BASE64_MARKER;
    bytes.set(b64, 1);
    return options.annotate ? { bytes, binary: false, fields: packetFields(bytes, 0, bytes.length, { form: 'base64' }) } : { bytes, binary: false };
  }
  const text = data ?? '';
  const body = encodeUtf8(text);
  const bytes = new Uint8Array(1 + body.length);
  bytes[0] = packetTypeDigit(packet.type);
  bytes.set(body, 1);
  if (!options.annotate) return { bytes, binary: false };
  return { bytes, binary: false, fields: packetFields(bytes, 0, bytes.length, { form: 'text', type: packet.type, data: text }) };
}
