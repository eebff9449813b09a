/**
 * What a wss transfer looks like to anyone without the keys: one TLS 1.3
 * application-data record (RFC 8446 §5.2) per message — the 5-byte record
 * header (type 23, legacy version 0x0303, length) and then opaque bytes as long
 * as the ciphertext would be (the message, one byte of inner content type and a
 * 16-byte AEAD tag). The opaque bytes are seeded pseudo-random stand-ins, not an
 * encryption of anything: the simulator models TLS's cost, not its cipher.
 */
import { createPrng } from '../engine/createPrng';
import { deriveSeed } from '../engine/deriveSeed';
import type { Transfer } from '../timeline/types';

/** TLS record header: content type, legacy version, length. */
export const TLS_RECORD_HEADER_BYTES = 5;
const CONTENT_APPLICATION_DATA = 23;
const LEGACY_VERSION = 0x0303;
/** TLSInnerPlaintext's content-type byte plus an AES-GCM or ChaCha20-Poly1305 tag (RFC 8446 §5.2, §5.3). */
const TLS13_EXPANSION = 1 + 16;

/** `transfer` as the TLS record that would carry it; its bytes are made on first read. */
export function tlsRecordTransfer(transfer: Transfer, seed: number): Transfer {
  const cipherLength = transfer.headerBytes + transfer.payloadBytes + TLS13_EXPANSION;
  let bytes: Uint8Array | undefined;
  const make = (): Uint8Array => {
    const out = new Uint8Array(TLS_RECORD_HEADER_BYTES + cipherLength);
    out[0] = CONTENT_APPLICATION_DATA;
    out[1] = LEGACY_VERSION >> 8;
    out[2] = LEGACY_VERSION & 0xff;
    out[3] = cipherLength >> 8;
    out[4] = cipherLength & 0xff;
    const prng = createPrng(deriveSeed(seed, `tls-record:${transfer.id}`));
    for (let i = TLS_RECORD_HEADER_BYTES; i < out.length; i++) out[i] = prng.nextInt(0, 256);
    return out;
  };
  // Field by field, not a spread: a recorded transfer's bytes are a getter on its prototype.
  const { id, kind, from, to, connection, sentAt, arrivedAt, summary, carries, lost } = transfer;
  return {
    id, kind, from, to, connection, sentAt, arrivedAt, summary, carries, lost,
    get bytes() {
      return (bytes ??= make());
    },
    fields: [],
    headerBytes: TLS_RECORD_HEADER_BYTES + cipherLength,
    payloadBytes: 0,
  };
}
