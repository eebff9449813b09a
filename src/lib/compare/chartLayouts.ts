/**
 * Geometry of the three compare charts, in viewBox units, so the chart
 * components only draw: a latency strip per technique, cumulative bytes over
 * time, and the scale chart on log–log axes.
 */
import type { TechniqueName, TechniqueResult } from '../../sim';
import { bytesAt, cumulativeBytes } from './cumulativeBytes';
import { linearScale, linearTicks, logScale, logTicks } from './scales';
import type { ScaleSeries } from './scaleRows';

/** The plot box inside a chart's viewBox. */
export interface PlotBox {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** A tick at a position, with the raw value (the component formats it). */
export interface AxisTick {
  readonly value: number;
  readonly pos: number;
}

/** viewBox width of every compare chart; margins leave room for tick labels, axis titles and end labels. */
export const CHART_WIDTH = 560;
const MARGIN = { left: 70, top: 12, right: 140, bottom: 48 } as const;

function box(height: number, left: number = MARGIN.left): PlotBox {
  return { width: CHART_WIDTH, height, left, top: MARGIN.top, right: CHART_WIDTH - MARGIN.right, bottom: height - MARGIN.bottom };
}

// --- latency strips ---

const STRIP_HEIGHT = 44;
// Room for the technique names left of the strips.
const STRIP_LABEL_WIDTH = 118;
/** Dots spread over this many rows inside a strip, by index, so equal latencies do not hide each other. */
export const DOT_ROWS = 5;

/** One technique's strip: a dot per delivered event, its mean and 95th percentile. */
export interface LatencyStrip {
  readonly technique: TechniqueName;
  readonly y: number;
  readonly dots: readonly { readonly x: number; readonly y: number }[];
  readonly meanX: number;
  readonly p95X: number;
  readonly mean: number;
  readonly p95: number;
}

/** A strip per technique on a shared linear latency axis from 0. */
export function latencyLayout(results: readonly TechniqueResult[]): { box: PlotBox; strips: LatencyStrip[]; ticks: AxisTick[] } {
  const plot = box(MARGIN.top + MARGIN.bottom + STRIP_HEIGHT * results.length, STRIP_LABEL_WIDTH);
  let max = 0;
  for (const r of results) if (r.timeline.metrics.delivered > 0) max = Math.max(max, r.timeline.metrics.latency.max);
  const ticks = linearTicks(max, 5);
  const x = linearScale(0, ticks.at(-1)!, plot.left, plot.right);
  const strips = results.map((r, i) => {
    const y = plot.top + STRIP_HEIGHT * (i + 0.5);
    const dots: { x: number; y: number }[] = [];
    let k = 0;
    for (const e of r.timeline.events) {
      if (e.deliveredAt === undefined) continue;
      dots.push({ x: x(e.deliveredAt - e.generatedAt), y: y + ((k++ % DOT_ROWS) - (DOT_ROWS - 1) / 2) * 5 });
    }
    const m = r.timeline.metrics.latency;
    return { technique: r.technique, y, dots, meanX: x(m.mean), p95X: x(m.p95), mean: m.mean, p95: m.p95 };
  });
  return { box: plot, strips, ticks: ticks.map((value) => ({ value, pos: x(value) })) };
}

// --- cumulative bytes ---

const BYTES_HEIGHT = 280;

/** One technique's running total as an SVG path, with where it is at the player's time and where it ends. */
export interface BytesLine {
  readonly technique: TechniqueName;
  readonly path: string;
  readonly nowY: number;
  readonly nowBytes: number;
  readonly endX: number;
  readonly endY: number;
  readonly totalBytes: number;
}

/** Cumulative bytes over time for each technique, on shared linear axes; `time` places the "now" line. */
export function bytesLayout(results: readonly TechniqueResult[], time: number): { box: PlotBox; lines: BytesLine[]; xTicks: AxisTick[]; yTicks: AxisTick[]; nowX: number } {
  const still = bytesStill(results);
  const lines = still.lines.map(({ points, ...line }) => {
    const nowBytes = bytesAt(points, time);
    return { ...line, nowY: still.y(nowBytes), nowBytes };
  });
  return { box: still.box, lines, xTicks: still.xTicks, yTicks: still.yTicks, nowX: still.x(Math.min(time, still.duration)) };
}

// What does not move while the clock runs (the staircases are one long path each), computed once per set of runs:
// rebuilding them every frame cost more than drawing the four sequence diagrams.
const stills = new WeakMap<readonly TechniqueResult[], ReturnType<typeof layBytesStill>>();
function bytesStill(results: readonly TechniqueResult[]) {
  let still = stills.get(results);
  if (!still) stills.set(results, (still = layBytesStill(results)));
  return still;
}

function layBytesStill(results: readonly TechniqueResult[]) {
  const plot = box(BYTES_HEIGHT);
  const series = results.map((r) => ({ technique: r.technique, points: cumulativeBytes(r.timeline), duration: r.timeline.duration }));
  const duration = Math.max(1, ...series.map((s) => s.duration));
  const maxBytes = Math.max(1, ...series.map((s) => s.points.at(-1)!.bytes));
  // Time ends where the runs end (no empty stretch after them); bytes round up to a tick.
  const xTicks = linearTicks(duration, 5).filter((tick) => tick <= duration);
  const yTicks = linearTicks(maxBytes, 4);
  const x = linearScale(0, duration, plot.left, plot.right);
  const y = linearScale(0, yTicks.at(-1)!, plot.bottom, plot.top);
  const lines = series.map((s) => {
    // A staircase: bytes jump when a message is sent and stay flat until the next one.
    let path = `M${x(0)} ${y(0)}`;
    for (const p of s.points) path += `H${x(p.time)}V${y(p.bytes)}`;
    path += `H${x(s.duration)}`;
    const total = s.points.at(-1)!.bytes;
    return { technique: s.technique, path, points: s.points, endX: x(s.duration), endY: y(total), totalBytes: total };
  });
  return {
    box: plot, lines, x, y, duration,
    xTicks: xTicks.map((value) => ({ value, pos: x(value) })),
    yTicks: yTicks.map((value) => ({ value, pos: y(value) })),
  };
}

// --- scale, log–log ---

const SCALE_HEIGHT = 300;
// Rate labels ("100 Mbit/s") are wider than the other charts' numbers.
const SCALE_AXIS_WIDTH = 104;

/** One technique's line on the scale chart. */
export interface ScaleLine {
  readonly technique: TechniqueName;
  readonly points: readonly { readonly x: number; readonly y: number }[];
  readonly path: string;
}

/** Bits per second against clients, both on log10 axes; `clients` places the reader's N. */
export function scaleLayout(series: readonly ScaleSeries[], clients: number): { box: PlotBox; lines: ScaleLine[]; xTicks: AxisTick[]; yTicks: AxisTick[]; clientsX: number } {
  const plot = box(SCALE_HEIGHT, SCALE_AXIS_WIDTH);
  const all = series.flatMap((s) => s.points);
  const minClients = Math.min(...all.map((p) => p.clients));
  const maxClients = Math.max(...all.map((p) => p.clients));
  const positive = all.map((p) => p.totalBps).filter((v) => v > 0);
  const xTickValues = logTicks(minClients, maxClients);
  const yTickValues = logTicks(Math.min(...positive), Math.max(...positive));
  const x = logScale(xTickValues[0]!, xTickValues.at(-1)!, plot.left, plot.right);
  const y = logScale(yTickValues[0]!, yTickValues.at(-1)!, plot.bottom, plot.top);
  const lines = series.map((s) => {
    const points = s.points.map((p) => ({ x: x(p.clients), y: y(p.totalBps) }));
    return { technique: s.technique, points, path: points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join('') };
  });
  return {
    box: plot,
    lines,
    xTicks: xTickValues.map((value) => ({ value, pos: x(value) })),
    yTicks: yTickValues.map((value) => ({ value, pos: y(value) })),
    clientsX: x(Math.min(Math.max(clients, xTickValues[0]!), xTickValues.at(-1)!)),
  };
}
