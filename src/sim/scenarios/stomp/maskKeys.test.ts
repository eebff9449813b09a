import { describe, expect, it } from 'vitest';
import { createPrng } from '../../engine/createPrng';
import { MaskKeys, unpackKey } from './maskKeys';

describe('MaskKeys', () => {
  it('hands out packed the same keys, in the same order, as it hands out as bytes', () => {
    const packed = new MaskKeys(createPrng(42));
    const bytes = new MaskKeys(createPrng(42));
    for (let i = 0; i < 2000; i++) expect(unpackKey(packed.nextPacked())).toEqual(bytes.next());
  });
});
