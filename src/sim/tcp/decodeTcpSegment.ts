/**
 * Reads a TCP segment's header back from its bytes (RFC 9293 §3.1). Never
 * throws: a short or malformed segment comes back as `{ ok: false, error }`
 * with a stable code, the byte offset and an i18n message key. Options, when
 * a data offset says there are some, are skipped, not interpreted.
 */
import type { TcpFlag } from './tcpSegment';

/** A decoded header and the payload after it. */
export interface DecodedTcpSegment {
  readonly srcPort: number;
  readonly dstPort: number;
  readonly seq: number;
  readonly ack: number;
  readonly dataOffsetBytes: number;
  readonly flags: TcpFlag[];
  readonly window: number;
  readonly checksum: number;
  readonly urgent: number;
  readonly payload: Uint8Array;
}

/** Why a segment did not decode. */
export interface TcpDecodeError {
  readonly code: 'TCP_TOO_SHORT' | 'TCP_BAD_DATA_OFFSET';
  readonly offset: number;
  /** i18n key of a sentence a learner can read. */
  readonly message: string;
}

export type TcpDecodeResult = { readonly ok: true; readonly segment: DecodedTcpSegment } | { readonly ok: false; readonly error: TcpDecodeError };

const MIN_HEADER_BYTES = 20;
const DATA_OFFSET_BYTE = 12;
const FLAGS_BYTE = 13;
const FLAG_BITS: readonly [TcpFlag, number][] = [['SYN', 0x02], ['FIN', 0x01], ['RST', 0x04], ['PSH', 0x08], ['ACK', 0x10]];

/** Decodes `bytes` as one TCP segment. */
export function decodeTcpSegment(bytes: Uint8Array): TcpDecodeResult {
  if (bytes.length < MIN_HEADER_BYTES) return { ok: false, error: { code: 'TCP_TOO_SHORT', offset: bytes.length, message: 'tcperr.tooShort' } };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dataOffsetBytes = (bytes[DATA_OFFSET_BYTE]! >> 4) * 4;
  if (dataOffsetBytes < MIN_HEADER_BYTES || dataOffsetBytes > bytes.length) {
    return { ok: false, error: { code: 'TCP_BAD_DATA_OFFSET', offset: DATA_OFFSET_BYTE, message: 'tcperr.badDataOffset' } };
  }
  const flagByte = bytes[FLAGS_BYTE]!;
  return {
    ok: true,
    segment: {
      srcPort: view.getUint16(0),
      dstPort: view.getUint16(2),
      seq: view.getUint32(4),
      ack: view.getUint32(8),
      dataOffsetBytes,
      flags: FLAG_BITS.filter(([, bit]) => (flagByte & bit) !== 0).map(([flag]) => flag),
      window: view.getUint16(14),
      checksum: view.getUint16(16),
      urgent: view.getUint16(18),
      payload: bytes.subarray(dataOffsetBytes),
    },
  };
}
