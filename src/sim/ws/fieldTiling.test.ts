import { describe, expect, it } from 'vitest';
import type { Field } from '../timeline/types';
import { fieldTiling } from './fieldTiling';

const f = (name: string, start: number, end: number, bitStart?: number, bitEnd?: number): Field =>
  ({ name, start, end, value: '', meaning: '', ...(bitStart === undefined ? {} : { bitStart, bitEnd }) });

describe('fieldTiling', () => {
  it('accepts bit fields filling a byte followed by byte fields', () => {
    expect(fieldTiling([f('a', 0, 1, 0, 1), f('b', 0, 1, 1, 8), f('c', 1, 3)], 3)).toEqual({ ok: true });
  });

  it('finds a gap between byte fields', () => {
    expect(fieldTiling([f('a', 0, 1), f('b', 2, 3)], 3)).toMatchObject({ ok: false, problem: 'gap', at: 1 });
  });

  it('finds bits left uncovered in a byte', () => {
    expect(fieldTiling([f('a', 0, 1, 0, 4), f('b', 1, 2)], 2)).toMatchObject({ ok: false, problem: 'gap', at: 0 });
  });

  it('finds overlapping fields', () => {
    expect(fieldTiling([f('a', 0, 2), f('b', 1, 3)], 3)).toMatchObject({ ok: false, problem: 'overlap', at: 1 });
  });

  it('finds bytes left at the end', () => {
    expect(fieldTiling([f('a', 0, 2)], 3)).toMatchObject({ ok: false, problem: 'uncovered-tail', at: 2 });
  });

  it('rejects a bit field that spans two bytes', () => {
    expect(fieldTiling([f('a', 0, 2, 0, 8)], 2)).toMatchObject({ ok: false, problem: 'bit-field-not-one-byte' });
  });
});
