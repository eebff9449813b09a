/**
 * The sizes RFC 6455 §5.2 and §5.5 build the frame format from, as numbers a
 * lesson or a form can show and check against (the decoders use the same values
 * in frameRules.ts and encodeFrame.ts; a test keeps them in step).
 */
import { LEN_16_MARKER, LEN_64_MARKER, MAX_CONTROL_PAYLOAD } from './frameRules';

/** Bytes every frame starts with: FIN/RSV/opcode, then MASK/payload len (§5.2). */
export const FRAME_FIXED_HEADER_BYTES = 2;
/** Largest payload the 7-bit length holds directly (126 and 127 are markers). */
export const MAX_7BIT_LENGTH = LEN_16_MARKER - 1;
/** Largest payload the 16-bit extended length holds. */
export const MAX_16BIT_LENGTH = 0xffff;
/** Bytes of the 16-bit and the 64-bit extended length. */
export const EXTENDED_16_LENGTH_BYTES = 2;
export const EXTENDED_64_LENGTH_BYTES = 8;
/** Bytes of the masking key (§5.3). */
export const MASKING_KEY_BYTES = 4;
/** Bytes of the status code at the start of a non-empty Close body (§5.5.1). */
export const CLOSE_CODE_BYTES = 2;
/** Longest close reason that fits a control frame, in UTF-8 bytes (here, not in closePayload.ts, so a form can show it without the codec). */
export const MAX_CLOSE_REASON_BYTES = MAX_CONTROL_PAYLOAD - CLOSE_CODE_BYTES;
export { LEN_16_MARKER, LEN_64_MARKER, MAX_CONTROL_PAYLOAD };
