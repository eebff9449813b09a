/**
 * “A WebSocket message is 0x00 … data … 0xFF”: the same message in the 2010
 * draft's framing and in RFC 6455's, and what an RFC 6455 receiver makes of
 * the old bytes (the project's own decoder decides).
 */
import { bytesToHex, encodeFrame, encodeUtf8, inspectWire, OPCODE_TEXT } from '../../sim';
import { EXAMPLE_MASKING_KEY } from '../ws/exampleFrames';
import { hixie76Frame } from './hixie76Frame';
import { labQuery } from './labQuery';

/** The message both framings carry. */
export const FRAMING_MYTH_TEXT = 'Hello';

/** Both byte strings of `text`, their sizes, and how RFC 6455 reads the hixie-76 one. */
export function framingMyth(text = FRAMING_MYTH_TEXT) {
  const payload = encodeUtf8(text);
  const hixie = hixie76Frame(text);
  const server = encodeFrame({ opcode: OPCODE_TEXT, payload });
  const client = encodeFrame({ opcode: OPCODE_TEXT, payload, maskingKey: EXAMPLE_MASKING_KEY });
  const asRfc = inspectWire(hixie, { role: 'client' });
  if (asRfc.ending.kind !== 'error') throw new Error('framingMyth: RFC 6455 must reject hixie-76 bytes');
  return {
    text,
    payloadBytes: payload.length,
    hixie: { hex: bytesToHex(hixie), bytes: hixie.length, overhead: hixie.length - payload.length },
    server: { hex: bytesToHex(server.bytes), bytes: server.bytes.length, overhead: server.bytes.length - payload.length },
    client: { hex: bytesToHex(client.bytes), bytes: client.bytes.length, overhead: client.bytes.length - payload.length },
    /** What an RFC 6455 client does with the 2010 bytes. */
    rejection: { reason: asRfc.ending.error.reason, closeCode: asRfc.ending.error.closeCode, offset: asRfc.ending.error.offset },
    hixieLab: labQuery(hixie, 'client'),
    serverLab: labQuery(server.bytes, 'client'),
  };
}
