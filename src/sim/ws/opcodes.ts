/**
 * Frame opcodes, RFC 6455 §5.2 ("Opcode: 4 bits") and §11.8. Data frames use
 * 0x0–0x2, control frames 0x8–0xA; 0x3–0x7 and 0xB–0xF are reserved, and a peer
 * that receives one must fail the connection with 1002.
 */

/** Continues a fragmented message (§5.4). */
export const OPCODE_CONTINUATION = 0x0;
/** A text message: the payload is UTF-8 (§5.6). */
export const OPCODE_TEXT = 0x1;
/** A binary message (§5.6). */
export const OPCODE_BINARY = 0x2;
/** Close control frame (§5.5.1). */
export const OPCODE_CLOSE = 0x8;
/** Ping control frame (§5.5.2). */
export const OPCODE_PING = 0x9;
/** Pong control frame (§5.5.3). */
export const OPCODE_PONG = 0xa;

/** Any 4-bit opcode value, including the reserved ones (a frame lab may compose them). */
export type Opcode = 0x0 | 0x1 | 0x2 | 0x3 | 0x4 | 0x5 | 0x6 | 0x7 | 0x8 | 0x9 | 0xa | 0xb | 0xc | 0xd | 0xe | 0xf;
/** Opcodes that start a message. */
export type DataOpcode = typeof OPCODE_TEXT | typeof OPCODE_BINARY;
/** Opcodes of control frames, which may arrive between the fragments of a message (§5.5). */
export type ControlOpcode = typeof OPCODE_CLOSE | typeof OPCODE_PING | typeof OPCODE_PONG;
/** The opcodes RFC 6455 defines; a decoded frame always carries one of these. */
export type KnownOpcode = typeof OPCODE_CONTINUATION | DataOpcode | ControlOpcode;

// Control opcodes have the high bit of the 4-bit opcode set (§5.5).
const CONTROL_BIT = 0x8;

/** True for 0x8–0xF: control frames, which must be final and at most 125 bytes (§5.5). */
export function isControlOpcode(opcode: number): boolean {
  return (opcode & CONTROL_BIT) !== 0;
}

/** True for the six opcodes RFC 6455 defines. */
export function isKnownOpcode(opcode: number): opcode is KnownOpcode {
  return opcode <= OPCODE_BINARY || (opcode >= OPCODE_CLOSE && opcode <= OPCODE_PONG);
}

/** The opcode's name as the RFC spells it ("text", "ping", "reserved" …), for annotations. */
export function opcodeName(opcode: number): 'continuation' | 'text' | 'binary' | 'close' | 'ping' | 'pong' | 'reserved-data' | 'reserved-control' {
  switch (opcode) {
    case OPCODE_CONTINUATION: return 'continuation';
    case OPCODE_TEXT: return 'text';
    case OPCODE_BINARY: return 'binary';
    case OPCODE_CLOSE: return 'close';
    case OPCODE_PING: return 'ping';
    case OPCODE_PONG: return 'pong';
    default: return isControlOpcode(opcode) ? 'reserved-control' : 'reserved-data';
  }
}
