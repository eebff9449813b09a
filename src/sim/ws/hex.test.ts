import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes } from './hex';

describe('hexToBytes', () => {
  it('reads spaced, packed and 0x-prefixed hex alike', () => {
    expect(Array.from(hexToBytes('81 05')!)).toEqual([0x81, 0x05]);
    expect(Array.from(hexToBytes('8105')!)).toEqual([0x81, 0x05]);
    expect(Array.from(hexToBytes('0x81, 0x05')!)).toEqual([0x81, 0x05]);
  });

  it('refuses odd digit counts and non-hex characters', () => {
    expect(hexToBytes('810')).toBeUndefined();
    expect(hexToBytes('8g')).toBeUndefined();
  });
});

describe('bytesToHex', () => {
  it('writes lower-case pairs separated by spaces', () => {
    expect(bytesToHex(Uint8Array.of(0x81, 0x0a, 0xff))).toBe('81 0a ff');
  });
});
