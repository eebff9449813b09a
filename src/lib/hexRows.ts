import type { Field } from '../sim/timeline/types';
import { byteGlyphs } from './byteGlyphs';

/** Bytes per hexdump row, as in `xxd` and Wireshark. */
export const BYTES_PER_ROW = 16;

const MIN_OFFSET_DIGITS = 4;
const HEX = 16;

/**
 * A run of neighbouring bytes in one row that belong to the same fields. The
 * dump draws one element per run rather than per byte, so a 20 KB body is a
 * few thousand elements, not forty thousand.
 */
export interface HexRun {
  /** Offset of the run's first byte in the message. */
  readonly start: number;
  readonly length: number;
  /** "47 45 54" */
  readonly hex: string;
  /** "GET", with CR LF as ␍␊ */
  readonly text: string;
  /** Indexes of the fields covering these bytes: usually one, several when bit fields share a byte. */
  readonly fields: readonly number[];
  /** A field begins on the run's first byte (the dump draws a rule there: a boundary that is not colour). */
  readonly startsField: boolean;
  /** Odd field: the dump alternates two tints field by field. */
  readonly alt: boolean;
}

/** One dump row: its offset label and its runs. */
export interface HexRow {
  readonly offset: number;
  readonly label: string;
  readonly runs: readonly HexRun[];
}

/** Lays out `bytes` as hexdump rows of runs, each tagged with the annotated fields that cover it. */
export function hexRows(bytes: Uint8Array, fields: readonly Field[], bytesPerRow: number = BYTES_PER_ROW): HexRow[] {
  const owners = byteOwners(bytes.length, fields);
  const starts = new Set(fields.map((field) => field.start));
  const digits = Math.max(MIN_OFFSET_DIGITS, Math.max(0, bytes.length - 1).toString(HEX).length);
  const rows: HexRow[] = [];
  for (let rowStart = 0; rowStart < bytes.length; rowStart += bytesPerRow) {
    const rowEnd = Math.min(rowStart + bytesPerRow, bytes.length);
    const runs: HexRun[] = [];
    let runStart = rowStart;
    for (let offset = rowStart + 1; offset <= rowEnd; offset++) {
      if (offset < rowEnd && !starts.has(offset) && sameFields(owners[offset]!, owners[runStart]!)) continue;
      runs.push(run(bytes, runStart, offset, owners[runStart]!, starts.has(runStart)));
      runStart = offset;
    }
    rows.push({ offset: rowStart, label: rowStart.toString(HEX).padStart(digits, '0'), runs });
  }
  return rows;
}

function byteOwners(length: number, fields: readonly Field[]): number[][] {
  const owners: number[][] = Array.from({ length }, () => []);
  fields.forEach((field, index) => {
    const end = Math.min(field.end, length);
    for (let offset = Math.max(0, field.start); offset < end; offset++) owners[offset]!.push(index);
  });
  return owners;
}

function sameFields(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((field, i) => field === b[i]);
}

function run(bytes: Uint8Array, start: number, end: number, fields: readonly number[], startsField: boolean): HexRun {
  const slice = bytes.subarray(start, end);
  return {
    start,
    length: end - start,
    hex: Array.from(slice, (byte) => byte.toString(HEX).padStart(2, '0')).join(' '),
    text: byteGlyphs(slice),
    fields,
    startsField,
    alt: (fields[0] ?? 0) % 2 === 1,
  };
}
