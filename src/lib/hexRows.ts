import type { Field } from '../sim/timeline/types';
import { byteGlyphs } from './byteGlyphs';

/** Bytes per hexdump row, as in `xxd` and Wireshark. */
export const BYTES_PER_ROW = 16;

const MIN_OFFSET_DIGITS = 4;

/** One byte of the dump, with the fields (indexes into the message's fields) it belongs to. */
export interface HexCell {
  readonly offset: number;
  readonly hex: string;
  readonly text: string;
  /** Usually one field; several when bit fields share the byte (WebSocket frame headers). */
  readonly fields: readonly number[];
  /** True when a field begins on this byte, so the dump can draw a separator that is not colour. */
  readonly startsField: boolean;
}

/** One dump row: its offset label and up to `BYTES_PER_ROW` cells. */
export interface HexRow {
  readonly offset: number;
  readonly label: string;
  readonly cells: readonly HexCell[];
}

/** Lays out `bytes` as hexdump rows, tagging each byte with the annotated fields that cover it. */
export function hexRows(bytes: Uint8Array, fields: readonly Field[], bytesPerRow: number = BYTES_PER_ROW): HexRow[] {
  const owners: number[][] = Array.from({ length: bytes.length }, () => []);
  const starts = new Set<number>();
  fields.forEach((field, index) => {
    starts.add(field.start);
    const end = Math.min(field.end, bytes.length);
    for (let offset = Math.max(0, field.start); offset < end; offset++) owners[offset]!.push(index);
  });
  const digits = Math.max(MIN_OFFSET_DIGITS, Math.max(0, bytes.length - 1).toString(16).length);
  const rows: HexRow[] = [];
  for (let rowStart = 0; rowStart < bytes.length; rowStart += bytesPerRow) {
    const cells: HexCell[] = [];
    for (let offset = rowStart; offset < Math.min(rowStart + bytesPerRow, bytes.length); offset++) {
      const byte = bytes[offset]!;
      cells.push({
        offset,
        hex: byte.toString(16).padStart(2, '0'),
        text: byteGlyphs([byte]),
        fields: owners[offset]!,
        startsField: starts.has(offset),
      });
    }
    rows.push({ offset: rowStart, label: rowStart.toString(16).padStart(digits, '0'), cells });
  }
  return rows;
}
