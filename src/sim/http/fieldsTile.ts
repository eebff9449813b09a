/** Checks the annotation rule every codec promises: fields tile the bytes exactly. */
import type { Field } from '../timeline/types';

/** True if `fields`, in order, cover [0, length) with no gap, no overlap and no empty field. */
export function fieldsTile(fields: readonly Field[], length: number): boolean {
  let at = 0;
  for (const f of fields) {
    if (f.start !== at || f.end <= f.start) return false;
    at = f.end;
  }
  return at === length;
}
