import { describe, expect, it } from 'vitest';
import { hexRows } from './hexRows';
import type { Field } from '../sim/timeline/types';

const ascii = (text: string) => new TextEncoder().encode(text);
const field = (name: string, start: number, end: number, extra: Partial<Field> = {}): Field => ({
  name, start, end, value: name, meaning: `field.${name}`, ...extra,
});
const hexOf = (rows: ReturnType<typeof hexRows>) => rows.map((row) => row.runs.map((r) => r.hex).join(' '));

describe('hexRows', () => {
  it('splits bytes into rows of sixteen with hex offsets', () => {
    const rows = hexRows(new Uint8Array(40), []);
    expect(rows.map((row) => row.label)).toEqual(['0000', '0010', '0020']);
    expect(rows.map((row) => row.runs.reduce((n, r) => n + r.length, 0))).toEqual([16, 16, 8]);
  });

  it('writes each byte as two lowercase hex digits', () => {
    expect(hexOf(hexRows(new Uint8Array([0, 0x0f, 0xab, 0xff]), []))).toEqual(['00 0f ab ff']);
  });

  it('shows CRLF as control pictures and unprintable bytes as a dot', () => {
    const [row] = hexRows(new Uint8Array([0x47, 0x0d, 0x0a, 0x00, 0x7f, 0xc3]), []);
    expect(row!.runs.map((r) => r.text).join('')).toBe('G\u240d\u240a···');
  });

  it('groups neighbouring bytes of one field into a run', () => {
    const rows = hexRows(ascii('GET / HTTP/1.1\r\n'), [field('method', 0, 3), field('sp', 3, 4), field('rest', 4, 16)]);
    expect(rows[0]!.runs.map((r) => [r.start, r.length, r.text, r.fields])).toEqual([
      [0, 3, 'GET', [0]],
      [3, 1, ' ', [1]],
      [4, 12, '/ HTTP/1.1\u240d\u240a', [2]],
    ]);
  });

  it('breaks a field that crosses a row into one run per row', () => {
    const rows = hexRows(new Uint8Array(20), [field('body', 0, 20)]);
    expect(rows.map((row) => row.runs.map((r) => [r.start, r.length, r.startsField]))).toEqual([[[0, 16, true]], [[16, 4, false]]]);
  });

  it('alternates tints field by field', () => {
    const rows = hexRows(ascii('abcdef'), [field('a', 0, 2), field('b', 2, 4), field('c', 4, 6)]);
    expect(rows[0]!.runs.map((r) => r.alt)).toEqual([false, true, false]);
  });

  it('lets bit fields share a byte', () => {
    const rows = hexRows(new Uint8Array([0x81, 0x05]), [
      field('fin', 0, 1, { bitStart: 0, bitEnd: 1 }),
      field('opcode', 0, 1, { bitStart: 4, bitEnd: 8 }),
      field('len', 1, 2),
    ]);
    expect(rows[0]!.runs.map((r) => r.fields)).toEqual([[0, 1], [2]]);
  });

  it('widens the offset column for messages past 64 KiB', () => {
    const rows = hexRows(new Uint8Array(0x10010), []);
    expect(rows.at(-1)!.label).toBe('10000');
  });

  it('returns no rows for no bytes', () => {
    expect(hexRows(new Uint8Array(0), [])).toEqual([]);
  });
});
