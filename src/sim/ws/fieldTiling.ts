/**
 * Checks that an annotation covers every byte once: byte fields end to end,
 * and bit fields (RFC 6455 §5.2's FIN, RSV, opcode …) filling their byte's
 * eight bits in order. Like illustrated-tls13, leftover bytes are a bug.
 */
import type { Field } from '../timeline/types';

const BITS_PER_BYTE = 8;

/** Where tiling breaks: a gap, an overlap, a bit field that spans bytes, or bytes left at the end. */
export type FieldTiling =
  | { readonly ok: true }
  | { readonly ok: false; readonly problem: 'gap' | 'overlap' | 'bit-field-not-one-byte' | 'empty-field' | 'uncovered-tail'; readonly at: number; readonly field?: string };

/** Tests whether `fields` tile `[0, length)` exactly. */
export function fieldTiling(fields: readonly Field[], length: number): FieldTiling {
  const sorted = [...fields].sort((a, b) => a.start - b.start || (a.bitStart ?? 0) - (b.bitStart ?? 0));
  let byte = 0;
  let bit = 0;
  for (const f of sorted) {
    const hasBits = f.bitStart !== undefined || f.bitEnd !== undefined;
    if (f.end <= f.start || (hasBits && (f.bitEnd ?? 0) <= (f.bitStart ?? 0))) return { ok: false, problem: 'empty-field', at: f.start, field: f.name };
    if (hasBits && f.end !== f.start + 1) return { ok: false, problem: 'bit-field-not-one-byte', at: f.start, field: f.name };
    const fieldBit = hasBits ? f.bitStart ?? 0 : 0;
    if (f.start > byte || (f.start === byte && fieldBit > bit)) return { ok: false, problem: 'gap', at: byte, field: f.name };
    if (f.start < byte || fieldBit < bit) return { ok: false, problem: 'overlap', at: f.start, field: f.name };
    if (hasBits) {
      bit = f.bitEnd ?? BITS_PER_BYTE;
      if (bit > BITS_PER_BYTE) return { ok: false, problem: 'overlap', at: f.start, field: f.name };
      if (bit === BITS_PER_BYTE) { byte++; bit = 0; }
    } else byte = f.end;
  }
  if (byte !== length || bit !== 0) return { ok: false, problem: byte > length ? 'overlap' : 'uncovered-tail', at: byte };
  return { ok: true };
}
