import { describe, expect, it } from 'vitest';
import { highlightRects, type HighlightRect } from './highlightRects';

// Expands rectangles back to byte offsets, to check they cover exactly the field.
const covered = (rects: HighlightRect[]) =>
  rects.flatMap((r) => Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.length }, (_, j) => (r.row + i) * 16 + r.column - 1 + j)).flat());
const range = (start: number, end: number) => Array.from({ length: end - start }, (_, i) => start + i);

describe('highlightRects', () => {
  it('marks a field inside one row with one rectangle', () => {
    expect(highlightRects(3, 7, 100)).toEqual([{ row: 0, rows: 1, column: 4, length: 4 }]);
  });

  it('draws a long field as a partial row, a block and a partial row', () => {
    const rects = highlightRects(10, 70, 100);
    expect(rects).toEqual([
      { row: 0, rows: 1, column: 11, length: 6 },
      { row: 1, rows: 3, column: 1, length: 16 },
      { row: 4, rows: 1, column: 1, length: 6 },
    ]);
  });

  it('uses one block for a field aligned to whole rows', () => {
    expect(highlightRects(16, 48, 100)).toEqual([{ row: 1, rows: 2, column: 1, length: 16 }]);
  });

  it('covers exactly the bytes of any field', () => {
    for (const [start, end] of [[0, 1], [15, 17], [5, 33], [0, 64], [31, 97]] as const) {
      expect(covered(highlightRects(start, end, 200))).toEqual(range(start, end));
    }
  });

  it('stops at the last byte shown', () => {
    expect(covered(highlightRects(250, 300, 256))).toEqual(range(250, 256));
    expect(highlightRects(300, 310, 256)).toEqual([]);
  });
});
