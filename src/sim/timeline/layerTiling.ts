/**
 * Checks an inner layer (DESIGN §3a): its range lies inside the outer bytes
 * and its fields tile that range exactly, as a message's fields tile its bytes.
 */
import { fieldTiling, type FieldTiling } from '../ws/fieldTiling';
import type { TransferLayer } from './types';

/** Where a layer breaks: outside the outer bytes, or a tiling problem (offsets relative to the layer's start). */
export type LayerTiling = FieldTiling | { readonly ok: false; readonly problem: 'range-outside'; readonly at: number };

/** Tests whether `layer` sits inside `outerLength` bytes and its fields tile `layer.range`. */
export function layerTiling(layer: TransferLayer, outerLength: number): LayerTiling {
  const [start, end] = layer.range;
  if (start < 0 || end > outerLength || end < start) return { ok: false, problem: 'range-outside', at: start < 0 || end < start ? start : end };
  const shifted = layer.fields.map((f) => ({ ...f, start: f.start - start, end: f.end - start }));
  return fieldTiling(shifted, end - start);
}

/** Moves `fields` (relative to an inner message) to where that message sits in the outer bytes. */
export function shiftFields<T extends { readonly start: number; readonly end: number }>(fields: readonly T[], by: number): T[] {
  return fields.map((f) => ({ ...f, start: f.start + by, end: f.end + by }));
}
