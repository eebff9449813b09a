import { describe, expect, it } from 'vitest';
import { markedRows } from './markedRows';

const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => i & 0xff);
const marked = (rows: ReturnType<typeof markedRows>) => rows.flatMap((r) => (r.kind === 'bytes' ? r.cells.filter((c) => c.marked).map((c) => c.offset) : []));

describe('markedRows', () => {
  it('marks exactly the range, in rows of sixteen', () => {
    const rows = markedRows(bytes(20), 1, 2);
    expect(rows.map((r) => (r.kind === 'bytes' ? r.cells.length : -1))).toEqual([16, 4]);
    expect(marked(rows)).toEqual([1]);
  });

  it('keeps a few rows around the mark in a long input and says how many bytes it left out', () => {
    const rows = markedRows(bytes(1000), 500, 501, 1);
    expect(rows[0]).toEqual({ kind: 'skipped', count: 480 });
    expect(rows.filter((r) => r.kind === 'bytes').map((r) => r.kind === 'bytes' && r.offset)).toEqual([480, 496, 512]);
    expect(rows.at(-1)).toEqual({ kind: 'skipped', count: 1000 - 528 });
  });

  it('keeps the ends of a long marked range', () => {
    const rows = markedRows(bytes(1000), 0, 1000, 1);
    expect(rows.filter((r) => r.kind === 'skipped')).toHaveLength(1);
    expect(marked(rows)).toContain(999);
  });

  it('shows the last row when the mark is past the end', () => {
    const rows = markedRows(bytes(5), 5, 6);
    expect(rows).toHaveLength(1);
    expect(marked(rows)).toEqual([]);
  });
});
