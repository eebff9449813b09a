import { describe, expect, it } from 'vitest';
import { compareTechniques } from '../../sim';
import { presetKnobs } from '../../widgets/compareKnobs';
import { toCompareParams } from '../../widgets/toCompareParams';
import { compareEngine } from './compareEngine';

describe('compareEngine', () => {
  it('gives the runs compareTechniques gives, pausing after each technique so each is its own task', async () => {
    const knobs = presetKnobs('burst');
    let pauses = 0;
    const { results, clock } = await compareEngine(knobs, async () => void pauses++);
    expect(pauses).toBe(4);
    expect(results).toEqual(compareTechniques(toCompareParams(knobs)));
    expect(clock.steps.length).toBe(results.reduce((sum, r) => sum + r.timeline.steps.length, 0));
  });
});
