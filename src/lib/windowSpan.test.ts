import { describe, expect, it } from 'vitest';
import { pollingTimeline } from '../components/fixtures/pollingTimeline';
import { windowSpan, ONE_WAY_TRIPS_PER_WINDOW, MIN_WINDOW_SPAN_MS } from './windowSpan';

describe('windowSpan', () => {
  it('spans a fixed number of typical one-way trips', () => {
    expect(windowSpan(pollingTimeline)).toBe(50 * ONE_WAY_TRIPS_PER_WINDOW);
  });

  it('never zooms below the minimum span', () => {
    expect(windowSpan({ ...pollingTimeline, transfers: pollingTimeline.transfers.map((x) => ({ ...x, arrivedAt: x.sentAt + 1 })) })).toBe(MIN_WINDOW_SPAN_MS);
  });
});
