/**
 * The header checks both decoders share, in the order `ws`'s receiver applies
 * them, so that a frame breaking several rules reports the same one.
 */
import { OPCODE_CLOSE, OPCODE_CONTINUATION, isControlOpcode, isKnownOpcode } from './opcodes';
import type { DecodeOptions } from './types';
import { wsError, type WsError } from './wsError';

// RFC 6455 §5.2, first byte: FIN (bit 0), RSV1–3 (bits 1–3), opcode (bits 4–7).
export const FIN_BIT = 0x80;
export const RSV1_BIT = 0x40;
export const RSV2_BIT = 0x20;
export const RSV3_BIT = 0x10;
export const OPCODE_MASK = 0x0f;
// RFC 6455 §5.2, second byte: MASK (bit 0), payload len (bits 1–7).
export const MASK_BIT = 0x80;
export const PAYLOAD_LEN_MASK = 0x7f;
/** 7-bit length value meaning "the next 2 bytes hold the length" (§5.2). */
export const LEN_16_MARKER = 126;
/** 7-bit length value meaning "the next 8 bytes hold the length" (§5.2). */
export const LEN_64_MARKER = 127;
/** Largest payload a control frame may carry (§5.5). */
export const MAX_CONTROL_PAYLOAD = 125;
/** Largest high 32-bit word of a 64-bit length that keeps it under 2^53 (a safe JS integer). */
export const MAX_LENGTH_HIGH_WORD = 0x1fffff;
/** The most significant bit of a 64-bit length's high word: §5.2 requires it to be 0. */
export const LENGTH_MSB = 0x80000000;
/** 2^32, to combine the two halves of a 64-bit length. */
export const TWO_POW_32 = 0x100000000;

const hex = (n: number) => `0x${n.toString(16)}`;

/**
 * Checks the first two header bytes against §5.2 (RSV bits, opcodes), §5.4
 * (fragmentation, when `inMessage` is known), §5.5 (control frames) and §5.1
 * (masking by role). Offsets are relative to the frame.
 */
export function checkFrameInfo(b0: number, b1: number, options: DecodeOptions, inMessage: boolean | undefined): WsError | undefined {
  const ext = options.extensions;
  if ((b0 & RSV2_BIT && !ext?.rsv2) || (b0 & RSV3_BIT && !ext?.rsv3)) return wsError('rsv23', 0);
  if (b0 & RSV1_BIT && !ext?.rsv1) return wsError('rsv1', 0);
  const opcode = b0 & OPCODE_MASK;
  if (!isKnownOpcode(opcode)) return wsError('reservedOpcode', 0, { opcode: hex(opcode) });
  // With RSV1 negotiated (permessage-deflate), it may only mark the first frame of a data message (RFC 7692 §6.1), as ws checks here.
  if (b0 & RSV1_BIT && isControlOpcode(opcode)) return wsError('rsv1Control', 0, { opcode: hex(opcode) });
  if (b0 & RSV1_BIT && opcode === OPCODE_CONTINUATION) return wsError('rsv1Continuation', 0);
  if (inMessage !== undefined && !isControlOpcode(opcode)) {
    if (opcode === OPCODE_CONTINUATION && !inMessage) return wsError('continuationWithoutStart', 0);
    if (opcode !== OPCODE_CONTINUATION && inMessage) return wsError('dataInsideFragmented', 0, { opcode: hex(opcode) });
  }
  if (isControlOpcode(opcode)) {
    if ((b0 & FIN_BIT) === 0) return wsError('fragmentedControl', 0, { opcode: hex(opcode) });
    const len = b1 & PAYLOAD_LEN_MASK;
    if (len > MAX_CONTROL_PAYLOAD) return wsError('controlTooLong', 1, { length: len });
    if (opcode === OPCODE_CLOSE && len === 1) return wsError('closeOneByte', 1, { length: len });
  }
  const masked = (b1 & MASK_BIT) !== 0;
  if (options.role === 'server' && !masked) return wsError('expectedMask', 1);
  if (options.role === 'client' && masked) return wsError('unexpectedMask', 1);
  return undefined;
}

/**
 * Checks the high 32-bit word of a 64-bit length (`at`: where the length is written):
 * the most significant bit set breaks §5.2 (→ 1002, a protocol error, as strict
 * servers read it; ws says 1009); a length of 2^53 or more cannot be held (→ 1009).
 */
export function checkLengthHighWord(hi: number, at: number): WsError | undefined {
  if (hi >= LENGTH_MSB) return wsError('lengthMsbSet', at);
  if (hi > MAX_LENGTH_HIGH_WORD) return wsError('lengthTooLarge', at);
  return undefined;
}

/**
 * Checks a data frame's payload length, plus `before` bytes already received
 * for the same message, against `maxPayload` (→ 1009); `at` is where the length is written.
 */
export function checkPayloadLength(opcode: number, length: number, maxPayload: number | undefined, at: number, before = 0): WsError | undefined {
  if (maxPayload && before + length > maxPayload && !isControlOpcode(opcode)) return wsError('messageTooBig', at, { length: before + length, max: maxPayload });
  return undefined;
}
