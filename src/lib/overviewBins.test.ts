import { describe, expect, it } from 'vitest';
import { OVERVIEW_BINS, overviewBins } from './overviewBins';
import { pollingTimeline } from '../components/fixtures/pollingTimeline';
import { manyPollsTimeline } from '../components/fixtures/manyPollsTimeline';

describe('overviewBins', () => {
  it('cuts the run into equal slices, the busiest at 1', () => {
    const bins = overviewBins(manyPollsTimeline(100));
    expect(bins).toHaveLength(OVERVIEW_BINS);
    expect(Math.max(...bins)).toBe(1);
  });

  it('leaves slices with nothing sent at 0', () => {
    // Polls at 0 and 1,000 ms of a run that lasts a little longer: the slices between are quiet.
    const bins = overviewBins(pollingTimeline);
    expect(bins[0]).toBeGreaterThan(0);
    expect(bins.filter((share) => share === 0).length).toBeGreaterThan(OVERVIEW_BINS / 2);
  });
});
