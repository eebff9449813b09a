import { describe, expect, it } from 'vitest';
import { timeWindow, PAST_FRACTION } from './timeWindow';

describe('timeWindow', () => {
  it('keeps now at a fixed share of the window once past the start', () => {
    expect(timeWindow(1000, 400)).toEqual({ from: 1000 - 400 * PAST_FRACTION, to: 1000 + 400 * (1 - PAST_FRACTION) });
  });

  it('starts at zero early on', () => {
    expect(timeWindow(100, 400)).toEqual({ from: 0, to: 400 });
  });
});
