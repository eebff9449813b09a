import { describe, expect, it } from 'vitest';
import { internetChecksum } from './internetChecksum';

describe('internetChecksum', () => {
  it('gives RFC 1071 §3’s example sum (00 01 f2 03 f4 f5 f6 f7 sums to ddf2, so the checksum is 220d)', () => {
    expect(internetChecksum(Uint8Array.of(0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7))).toBe(0x220d);
  });

  it('pads an odd last byte with zero', () => {
    expect(internetChecksum(Uint8Array.of(0x12))).toBe(~0x1200 & 0xffff);
  });

  it('checks a well-known IPv4 header (the Wikipedia example, checksum b861)', () => {
    const header = Uint8Array.from([0x45, 0x00, 0x00, 0x73, 0x00, 0x00, 0x40, 0x00, 0x40, 0x11, 0x00, 0x00, 0xc0, 0xa8, 0x00, 0x01, 0xc0, 0xa8, 0x00, 0xc7]);
    expect(internetChecksum(header)).toBe(0xb861);
  });

  it('keeps folding carries over data longer than 64 KB of 0xff bytes', () => {
    expect(internetChecksum(new Uint8Array(200_000).fill(0xff))).toBe(0);
  });
});
