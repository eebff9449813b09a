/**
 * “WebSocket data can only be UTF-8”: a text frame of UTF-8, a binary frame of
 * bytes that are not UTF-8 at all, and the same bytes sent as text, each read
 * by the project's decoder as a client reads a server's frames.
 */
import { bytesToHex, encodeFrame, encodeUtf8, inspectWire, OPCODE_BINARY, OPCODE_TEXT, type Opcode } from '../../sim';
import { labQuery } from './labQuery';

/** The text example: Korean, so each character takes 3 UTF-8 bytes. */
export const UTF8_MYTH_TEXT = '안녕';
/** Bytes that can never be UTF-8 (0x80 cannot start a character; 0xFE and 0xFF never occur, RFC 3629 §1). */
export const NOT_UTF8 = Uint8Array.of(0x00, 0x80, 0xfe, 0xff);

/** One example frame and how a client reads it. */
function example(opcode: Opcode, payload: Uint8Array) {
  const bytes = encodeFrame({ opcode, payload }).bytes;
  const read = inspectWire(bytes, { role: 'client' });
  const message = read.events.find((e) => e.kind === 'message');
  return {
    hex: bytesToHex(bytes),
    frameBytes: bytes.length,
    payloadBytes: payload.length,
    payloadHex: bytesToHex(payload),
    accepted: read.ending.kind === 'complete' && message !== undefined,
    closeCode: read.ending.kind === 'error' ? read.ending.error.closeCode : undefined,
    lab: labQuery(bytes, 'client'),
  };
}

/** The three examples: UTF-8 text, non-UTF-8 binary, non-UTF-8 text (refused with 1007). */
export function utf8Myth() {
  const textPayload = encodeUtf8(UTF8_MYTH_TEXT);
  return {
    text: { ...example(OPCODE_TEXT, textPayload), characters: [...UTF8_MYTH_TEXT].length, value: UTF8_MYTH_TEXT },
    binary: example(OPCODE_BINARY, NOT_UTF8),
    badText: example(OPCODE_TEXT, NOT_UTF8),
  };
}
