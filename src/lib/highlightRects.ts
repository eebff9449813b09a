import { BYTES_PER_ROW } from './hexRows';

/** A block of a hexdump to highlight: `rows` whole rows from `row`, columns [column, column + length) (1-based). */
export interface HighlightRect {
  readonly row: number;
  readonly rows: number;
  readonly column: number;
  readonly length: number;
}

/**
 * The shape a text selection has, for bytes [start, end) of a dump showing its
 * first `shown` bytes: at most a partial first row, a block of whole rows and a
 * partial last row. Three rectangles whatever the field's size, so highlighting
 * a 20 KB body costs the same as highlighting one byte.
 */
export function highlightRects(start: number, end: number, shown: number, bytesPerRow: number = BYTES_PER_ROW): HighlightRect[] {
  const stop = Math.min(end, shown);
  if (stop <= start) return [];
  const firstRow = Math.floor(start / bytesPerRow);
  const lastRow = Math.floor((stop - 1) / bytesPerRow);
  const firstColumn = (start % bytesPerRow) + 1;
  const lastColumn = ((stop - 1) % bytesPerRow) + 1;
  if (firstRow === lastRow) return [{ row: firstRow, rows: 1, column: firstColumn, length: lastColumn - firstColumn + 1 }];
  const rects: HighlightRect[] = [];
  let blockFrom = firstRow;
  let blockTo = lastRow;
  if (firstColumn > 1) {
    rects.push({ row: firstRow, rows: 1, column: firstColumn, length: bytesPerRow - firstColumn + 1 });
    blockFrom++;
  }
  const lastIsPartial = lastColumn < bytesPerRow;
  if (lastIsPartial) blockTo--;
  if (blockTo >= blockFrom) rects.push({ row: blockFrom, rows: blockTo - blockFrom + 1, column: 1, length: bytesPerRow });
  if (lastIsPartial) rects.push({ row: lastRow, rows: 1, column: 1, length: lastColumn });
  return rects;
}
