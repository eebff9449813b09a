import { describe, expect, it } from 'vitest';
import { createPrng } from '../../engine/createPrng';
import { idWordsText, randomId, randomIdWord } from './randomId';

describe('randomIdWord', () => {
  it('keeps the characters randomId draws, four to a word, and leaves the stream where randomId leaves it', () => {
    for (let seed = 0; seed < 200; seed++) {
      const a = createPrng(seed);
      const b = createPrng(seed);
      const words = [randomIdWord(a), randomIdWord(a)];
      expect(idWordsText(...words)).toBe(randomId(b, 8));
      expect(a.nextFloat(0, 1)).toBe(b.nextFloat(0, 1));
    }
  });
});
