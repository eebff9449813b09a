import { describe, expect, it } from 'vitest';
import { foldQuiet } from './timeFold';

describe('foldQuiet', () => {
  // Busy 0–100 and 1,000–1,100 of a 2,000 ms run; quiet stretches over 2 × 50 ms are drawn 50 ms tall.
  const fold = foldQuiet([[0, 100], [1000, 1100]], 2000, 50);

  it('folds each quiet stretch longer than twice the gap length, the one at the end too', () => {
    expect(fold.gaps.map((gap) => [gap.from, gap.to])).toEqual([[100, 1000], [1100, 2000]]);
    expect(fold.length).toBe(100 + 50 + 100 + 50);
  });

  it('keeps busy stretches at full scale and squeezes quiet ones', () => {
    expect(fold.fold(50)).toBe(50);
    expect(fold.fold(1000)).toBe(150);
    expect(fold.fold(1050)).toBe(200);
    expect(fold.fold(550)).toBeCloseTo(125);
  });

  it('unfolds what it folds', () => {
    for (const t of [0, 42, 100, 333, 999, 1000, 1080, 1500, 2000]) expect(fold.unfold(fold.fold(t))).toBeCloseTo(t);
  });

  it('leaves a short quiet stretch as it is', () => {
    const short = foldQuiet([[0, 100], [180, 200]], 200, 50);
    expect(short.gaps).toEqual([]);
    expect(short.fold(150)).toBe(150);
  });

  it('merges overlapping busy stretches before looking for quiet ones', () => {
    expect(foldQuiet([[0, 500], [100, 200], [900, 1000]], 1000, 50).gaps.map((gap) => [gap.from, gap.to])).toEqual([[500, 900]]);
  });
});
