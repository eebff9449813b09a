/**
 * A frame header drawn as RFC 6455 §5.2 draws it: one row of eight bits per
 * byte, each row split into the fields the codec's annotation names (FIN,
 * RSV1–3 and opcode in byte 0; MASK and payload len in byte 1; whole bytes of
 * extended length and masking key after that).
 */
import type { Field } from '../../sim';

const BITS = 8;

/** A run of bits on one row that belongs to one field. */
export interface BitSegment {
  /** Index of the field in the frame's fields. */
  readonly field: number;
  /** First bit column, 0 = most significant. */
  readonly from: number;
  readonly span: number;
  /** True on the second and later rows of a field that spans several bytes. */
  readonly continued: boolean;
}

/** One header byte. */
export interface BitRow {
  readonly offset: number;
  readonly hex: string;
  /** The byte's bits, most significant first. */
  readonly bits: readonly (0 | 1)[];
  readonly segments: readonly BitSegment[];
}

/** The bits of `byte`, most significant first. */
export function bitsOf(byte: number): (0 | 1)[] {
  return Array.from({ length: BITS }, (_, i) => ((byte >> (BITS - 1 - i)) & 1) as 0 | 1);
}

/** Rows for the first `headerLength` bytes, segmented by the fields that cover them. */
export function headerBitGrid(bytes: Uint8Array, fields: readonly Field[], headerLength: number): BitRow[] {
  const rows: BitRow[] = [];
  for (let offset = 0; offset < Math.min(headerLength, bytes.length); offset++) {
    const segments: BitSegment[] = [];
    fields.forEach((f, field) => {
      if (offset < f.start || offset >= f.end) return;
      if (f.bitStart !== undefined && f.bitEnd !== undefined) segments.push({ field, from: f.bitStart, span: f.bitEnd - f.bitStart, continued: false });
      else segments.push({ field, from: 0, span: BITS, continued: offset > f.start });
    });
    segments.sort((a, b) => a.from - b.from);
    rows.push({ offset, hex: bytes[offset]!.toString(16).padStart(2, '0'), bits: bitsOf(bytes[offset]!), segments });
  }
  return rows;
}
