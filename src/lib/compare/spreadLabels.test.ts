import { describe, expect, it } from 'vitest';
import { spreadLabels } from './spreadLabels';

describe('spreadLabels', () => {
  it('leaves labels that are already apart where they are', () => {
    expect(spreadLabels([10, 50, 90], 14)).toEqual([10, 50, 90]);
  });
  it('pushes crowded labels at least `gap` apart, in their original order', () => {
    const out = spreadLabels([100, 101, 30], 14);
    expect(out[1]! - out[0]!).toBeGreaterThanOrEqual(14 - 1e-9);
    expect(out[0]!).toBeGreaterThan(out[2]!);
  });
});
