/** The slice of simulated time a diagram draws. */
export interface TimeWindow {
  readonly from: number;
  readonly to: number;
}

/** Share of the window that lies before "now": mostly history, with a little room ahead. */
export const PAST_FRACTION = 0.75;

/** The window of width `span` around `time`: "now" sits at PAST_FRACTION, except near the start where the window begins at 0. */
export function timeWindow(time: number, span: number): TimeWindow {
  const from = Math.max(0, time - span * PAST_FRACTION);
  return { from, to: from + span };
}
