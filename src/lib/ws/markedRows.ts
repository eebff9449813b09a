/**
 * Bytes laid out in rows of sixteen with a range marked (where a decoder found
 * a problem), trimmed to a few rows around the mark for long inputs.
 */

/** One byte cell. */
export interface MarkedCell {
  readonly offset: number;
  readonly hex: string;
  readonly marked: boolean;
}

/** A row of cells, or a note that rows were left out. */
export type MarkedRow =
  | { readonly kind: 'bytes'; readonly offset: number; readonly cells: readonly MarkedCell[] }
  | { readonly kind: 'skipped'; readonly count: number };

export const BYTES_PER_ROW = 16;

/** Rows of `bytes` marking [start, end); at most `context` rows are kept before the mark, and `context` after it. */
export function markedRows(bytes: Uint8Array, start: number, end: number, context = 2): MarkedRow[] {
  const rowCount = Math.ceil(bytes.length / BYTES_PER_ROW);
  const firstMarked = Math.floor(Math.min(start, Math.max(0, bytes.length - 1)) / BYTES_PER_ROW);
  const lastMarked = Math.floor(Math.max(start, Math.min(end, bytes.length) - 1) / BYTES_PER_ROW);
  const from = Math.max(0, firstMarked - context);
  const to = Math.min(rowCount, lastMarked + context + 1);
  // A long marked range keeps its first and last rows, not everything in between.
  const keep = (r: number) => r >= from && r < to && (r <= firstMarked + context || r >= lastMarked - context);
  const rows: MarkedRow[] = [];
  let skipped = 0;
  for (let r = 0; r < rowCount; r++) {
    const rowStart = r * BYTES_PER_ROW;
    const rowEnd = Math.min(bytes.length, rowStart + BYTES_PER_ROW);
    if (!keep(r)) { skipped += rowEnd - rowStart; continue; }
    if (skipped > 0) { rows.push({ kind: 'skipped', count: skipped }); skipped = 0; }
    const cells: MarkedCell[] = [];
    for (let i = rowStart; i < rowEnd; i++) cells.push({ offset: i, hex: bytes[i]!.toString(16).padStart(2, '0'), marked: i >= start && i < end });
    rows.push({ kind: 'bytes', offset: rowStart, cells });
  }
  if (skipped > 0) rows.push({ kind: 'skipped', count: skipped });
  return rows;
}
