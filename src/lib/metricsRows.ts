import type { Metrics } from '../sim/timeline/types';

/** How a figure is shown: a count, milliseconds (one decimal) or a percentage (one decimal). */
export type MetricUnit = 'count' | 'ms' | 'percent';

/** One line of the metrics table: an i18n label key and its number (NaN when it does not exist, e.g. latency with nothing delivered). */
export interface MetricRow {
  readonly label: string;
  readonly value: number;
  readonly unit: MetricUnit;
}

/** Bytes one way (or both), split into protocol overhead and application payload. */
export interface ByteRow {
  readonly label: string;
  readonly header: number;
  readonly payload: number;
  readonly total: number;
}

/** What the metrics table shows, in order. */
export interface MetricsView {
  readonly rows: readonly MetricRow[];
  readonly bytes: readonly ByteRow[];
}

const PERCENT = 100;

/** Lays out `metrics` for the table; the only arithmetic is sums and the overhead share. */
export function metricsRows(metrics: Metrics): MetricsView {
  // Latency of nothing is undefined, not 0 ms: the table shows a dash.
  const latency = (value: number) => (metrics.delivered > 0 ? value : Number.NaN);
  const header = metrics.headerBytes.up + metrics.headerBytes.down;
  const payload = metrics.payloadBytes.up + metrics.payloadBytes.down;
  return {
    rows: [
      { label: 'metrics.events', value: metrics.events, unit: 'count' },
      { label: 'metrics.delivered', value: metrics.delivered, unit: 'count' },
      { label: 'metrics.latencyMean', value: latency(metrics.latency.mean), unit: 'ms' },
      { label: 'metrics.latencyP95', value: latency(metrics.latency.p95), unit: 'ms' },
      { label: 'metrics.latencyMax', value: latency(metrics.latency.max), unit: 'ms' },
      { label: 'metrics.requests', value: metrics.requests, unit: 'count' },
      { label: 'metrics.emptyResponses', value: metrics.emptyResponses, unit: 'count' },
      { label: 'metrics.connections', value: metrics.connectionsOpened, unit: 'count' },
      { label: 'metrics.overhead', value: metrics.totalBytes > 0 ? (header / metrics.totalBytes) * PERCENT : Number.NaN, unit: 'percent' },
    ],
    bytes: [
      byteRow('metrics.up', metrics.headerBytes.up, metrics.payloadBytes.up),
      byteRow('metrics.down', metrics.headerBytes.down, metrics.payloadBytes.down),
      byteRow('metrics.both', header, payload),
    ],
  };
}

function byteRow(label: string, header: number, payload: number): ByteRow {
  return { label, header, payload, total: header + payload };
}
