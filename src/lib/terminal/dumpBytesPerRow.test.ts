import { describe, expect, it } from 'vitest';
import { dumpBytesPerRow, dumpRowWidth } from './dumpBytesPerRow';
import { hexdumpLines } from './hexdumpLines';

describe('dumpBytesPerRow', () => {
  it('keeps 16 bytes a row on an 80-column terminal, even indented', () => {
    expect(dumpBytesPerRow(80)).toBe(16);
    expect(dumpBytesPerRow(80, 4)).toBe(16);
  });

  it('halves the row on a phone-wide terminal', () => {
    expect(dumpBytesPerRow(42)).toBe(8);
    expect(dumpBytesPerRow(42, 4)).toBe(4);
    expect(dumpBytesPerRow(30)).toBe(4);
  });

  it('never goes below 4 bytes, however narrow', () => {
    expect(dumpBytesPerRow(10)).toBe(4);
  });

  it('measures rows as hexdumpLines prints them', () => {
    for (const bytes of [16, 8, 4]) {
      const [row] = hexdumpLines(new Uint8Array(64).fill(0x41), 64, bytes).rows;
      expect(row).toHaveLength(dumpRowWidth(bytes));
    }
  });
});
