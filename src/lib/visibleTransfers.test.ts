import { describe, expect, it } from 'vitest';
import { pollingTimeline } from '../components/fixtures/pollingTimeline';
import { manyPollsTimeline } from '../components/fixtures/manyPollsTimeline';
import { visibleTransfers } from './visibleTransfers';

describe('visibleTransfers', () => {
  it('returns transfers sent by now that arrive inside the window', () => {
    expect(visibleTransfers(pollingTimeline, 0, 60).map((x) => x.id)).toEqual([0, 1]);
  });

  it('leaves out transfers that have not been sent yet', () => {
    expect(visibleTransfers(pollingTimeline, 0, 49).map((x) => x.id)).toEqual([0]);
  });

  it('leaves out transfers that arrived before the window', () => {
    expect(visibleTransfers(pollingTimeline, 101, 1020).map((x) => x.id)).toEqual([2]);
  });

  it('keeps a transfer that started before the window but lands inside it', () => {
    expect(visibleTransfers(pollingTimeline, 1070, 1080).map((x) => x.id)).toEqual([3]);
  });

  it('finds the few visible transfers among twenty thousand', () => {
    const big = manyPollsTimeline(10_000);
    const ids = visibleTransfers(big, 1_000_000, 1_000_400).map((x) => x.id);
    expect(ids).toEqual([10_000, 10_001, 10_002, 10_003, 10_004]);
  });
});
