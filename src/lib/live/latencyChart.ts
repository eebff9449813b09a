/** Geometry of the measured-vs-predicted latency chart: pure numbers, so the SVG component only draws. */
import { timeTicks } from '../timeTicks';

/** Plot area and margins (SVG user units). */
export interface ChartBox {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** A point at event index `n` (1-based) with its value and position. */
export interface ChartPoint {
  readonly n: number;
  readonly ms: number;
  readonly x: number;
  readonly y: number;
}

/** Everything the chart draws. */
export interface ChartGeometry {
  readonly measured: readonly ChartPoint[];
  readonly predicted: readonly ChartPoint[];
  readonly yTicks: readonly { readonly ms: number; readonly y: number }[];
  readonly xTicks: readonly { readonly n: number; readonly x: number }[];
}

/** Scales both series onto one pair of axes: x the event's order, y its latency from 0 to the largest value. */
export function latencyChart(measured: readonly number[], predicted: readonly number[], box: ChartBox): ChartGeometry {
  const count = Math.max(measured.length, predicted.length, 1);
  const top = Math.max(1, ...measured, ...predicted);
  const yTicks = timeTicks(0, top, 4).filter((ms) => ms <= top);
  const yMax = Math.max(top, yTicks.at(-1) ?? top);
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const x = (n: number): number => box.left + (count === 1 ? plotWidth / 2 : ((n - 1) / (count - 1)) * plotWidth);
  const y = (ms: number): number => box.top + plotHeight - (ms / yMax) * plotHeight;
  const points = (values: readonly number[]): ChartPoint[] => values.map((ms, k) => ({ n: k + 1, ms, x: x(k + 1), y: y(ms) }));
  const xTicks = count === 1 ? [1] : timeTicks(1, count, 5).filter((n) => Number.isInteger(n));
  return {
    measured: points(measured),
    predicted: points(predicted),
    yTicks: yTicks.map((ms) => ({ ms, y: y(ms) })),
    xTicks: xTicks.map((n) => ({ n, x: x(n) })),
  };
}
