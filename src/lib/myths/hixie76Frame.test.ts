import { describe, expect, it } from 'vitest';
import { bytesToHex } from '../../sim';
import { hixie76Frame } from './hixie76Frame';

describe('hixie76Frame', () => {
  it('wraps the UTF-8 of a message in 0x00 and 0xFF', () => {
    expect(bytesToHex(hixie76Frame('Hello'))).toBe('00 48 65 6c 6c 6f ff');
  });

  it('writes no length, so an empty message is just the two markers', () => {
    expect(bytesToHex(hixie76Frame(''))).toBe('00 ff');
  });

  it('never has 0xFF inside, because UTF-8 never uses that byte', () => {
    const bytes = hixie76Frame('안녕 ÿ 🙂');
    expect(bytes.subarray(1, -1).includes(0xff)).toBe(false);
  });
});
