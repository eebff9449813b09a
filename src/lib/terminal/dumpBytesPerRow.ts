import { BYTES_PER_ROW } from '../hexRows';

/** Row widths a dump may use, widest first: halving keeps offsets round (0010, 0020 … or 0008, 0010 …). */
const CHOICES: readonly number[] = [BYTES_PER_ROW, BYTES_PER_ROW / 2, BYTES_PER_ROW / 4];
const NARROWEST = BYTES_PER_ROW / 4;

/** Columns a hexdump row of `bytesPerRow` bytes takes: a 4-digit offset, two spaces, the hex, two spaces, the text. */
export function dumpRowWidth(bytesPerRow: number): number {
  return 4 + 2 + (bytesPerRow * 3 - 1) + 2 + bytesPerRow;
}

/**
 * Bytes per hexdump row for a terminal `columns` wide with rows indented by
 * `indent`: 16 (71 columns) where it fits, else 8 (39) or 4 (23), so a dump on
 * a phone keeps its text column instead of wrapping each row in two.
 */
export function dumpBytesPerRow(columns: number, indent = 0): number {
  return CHOICES.find((bytes) => indent + dumpRowWidth(bytes) <= columns) ?? NARROWEST;
}
