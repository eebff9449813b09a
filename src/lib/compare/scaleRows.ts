/**
 * The scale calculator's table and chart data: each technique's one-client rate
 * (from `compareTechniques`) times N, for the reader's N and along a log axis.
 */
import { scaleBandwidth, type ScaleFigures, type TechniqueName, type TechniqueResult } from '../../sim';

/** Client counts the chart plots: one point per half decade, 10 to 1,000,000. */
export const CHART_CLIENTS: readonly number[] = [10, 30, 100, 300, 1_000, 3_000, 10_000, 30_000, 100_000, 300_000, 1_000_000];

/** One technique's figures at one or more client counts. */
export interface ScaleRow {
  readonly technique: TechniqueName;
  readonly figures: ScaleFigures;
}

/** Each technique at `clients` clients. */
export function scaleRows(results: readonly TechniqueResult[], clients: number): ScaleRow[] {
  return results.map((r) => ({ technique: r.technique, figures: scaleBandwidth(r.rate, clients) }));
}

/** One line of the scale chart: total bits per second at each of CHART_CLIENTS. */
export interface ScaleSeries {
  readonly technique: TechniqueName;
  readonly points: readonly ScaleFigures[];
}

/** Each technique's line across CHART_CLIENTS. */
export function scaleSeries(results: readonly TechniqueResult[]): ScaleSeries[] {
  return results.map((r) => ({ technique: r.technique, points: CHART_CLIENTS.map((n) => scaleBandwidth(r.rate, n)) }));
}
