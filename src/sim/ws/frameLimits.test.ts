import { describe, expect, it } from 'vitest';
import { encodeFrame } from './encodeFrame';
import {
  EXTENDED_16_LENGTH_BYTES, EXTENDED_64_LENGTH_BYTES, FRAME_FIXED_HEADER_BYTES, MASKING_KEY_BYTES, MAX_16BIT_LENGTH, MAX_7BIT_LENGTH,
} from './frameLimits';
import { OPCODE_BINARY } from './opcodes';

const headerOf = (length: number, masked = false) =>
  encodeFrame({ opcode: OPCODE_BINARY, payload: new Uint8Array(length), maskingKey: masked ? new Uint8Array(MASKING_KEY_BYTES) : undefined }).headerBytes;

describe('frame limits agree with the encoder', () => {
  it('uses the 7-bit length up to MAX_7BIT_LENGTH', () => {
    expect(headerOf(MAX_7BIT_LENGTH)).toBe(FRAME_FIXED_HEADER_BYTES);
    expect(headerOf(MAX_7BIT_LENGTH + 1)).toBe(FRAME_FIXED_HEADER_BYTES + EXTENDED_16_LENGTH_BYTES);
  });

  it('uses the 16-bit length up to MAX_16BIT_LENGTH, then the 64-bit one', () => {
    expect(headerOf(MAX_16BIT_LENGTH)).toBe(FRAME_FIXED_HEADER_BYTES + EXTENDED_16_LENGTH_BYTES);
    expect(headerOf(MAX_16BIT_LENGTH + 1)).toBe(FRAME_FIXED_HEADER_BYTES + EXTENDED_64_LENGTH_BYTES);
  });

  it('adds MASKING_KEY_BYTES for a masked frame', () => {
    expect(headerOf(0, true) - headerOf(0)).toBe(MASKING_KEY_BYTES);
  });
});
