/**
 * A text message as the 2010 draft framed it (draft-hixie-thewebsocketprotocol-76
 * §4.2): a 0x00 byte, the UTF-8 text, a 0xFF byte. No length, no opcode, no
 * masking; 0xFF can end the frame because it never occurs in UTF-8. RFC 6455
 * replaced this with its frame header; kept here only to show the difference.
 */
import { encodeUtf8 } from '../../sim';

/** The byte that opens a hixie-76 text frame. */
export const HIXIE_FRAME_START = 0x00;
/** The byte that ends it. */
export const HIXIE_FRAME_END = 0xff;

/** The hixie-76 bytes of one text message. */
export function hixie76Frame(text: string): Uint8Array {
  const payload = encodeUtf8(text);
  const out = new Uint8Array(payload.length + 2);
  out[0] = HIXIE_FRAME_START;
  out.set(payload, 1);
  out[out.length - 1] = HIXIE_FRAME_END;
  return out;
}
