/**
 * Completes an annotation: given the fields that mean something (in order, not
 * overlapping), adds a field for every byte range between them, so the result
 * tiles [start, end). Used for JSON punctuation: `[`, `,`, `:`, `}`.
 */
import type { Field } from '../timeline/types';
import { decodeUtf8 } from './utf8';

/** `fields` with `gap(start, end)` fields inserted wherever they leave bytes of [start, end) uncovered. */
export function fillGaps(bytes: Uint8Array, fields: readonly Field[], start: number, end: number, name: string, meaning: string): Field[] {
  const out: Field[] = [];
  let at = start;
  const gap = (to: number) => {
    if (to > at) out.push({ name, start: at, end: to, value: decodeUtf8(bytes, at, to), meaning });
  };
  for (const f of fields) {
    gap(f.start);
    out.push(f);
    at = f.end;
  }
  gap(end);
  return out;
}
