// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/svelte';
import { renderComponent as render } from './fixtures/renderComponent';
import MetricsTable from './MetricsTable.svelte';
import { pollingTimeline } from './fixtures/pollingTimeline';
import type { Metrics } from '../sim';

const cell = (label: string) => screen.getByRole('rowheader', { name: label }).nextElementSibling;

describe('MetricsTable', () => {
  it('shows counts and latencies from its props', () => {
    render(MetricsTable, { metrics: pollingTimeline.metrics });
    expect(cell('Requests')).toHaveTextContent('2');
    expect(cell('Empty responses')).toHaveTextContent('1');
    expect(cell('Latency, mean')).toHaveTextContent('700.0 ms');
  });

  it('formats thousands and one decimal for the current language', () => {
    const metrics: Metrics = { ...pollingTimeline.metrics, latency: { mean: 1234.56, p95: 2000, max: 2500, min: 1 }, headerBytes: { up: 12345, down: 0 }, payloadBytes: { up: 0, down: 0 }, totalBytes: 12345 };
    render(MetricsTable, { metrics });
    expect(cell('Latency, mean')).toHaveTextContent('1,234.6 ms');
    expect(cell('Overhead (header bytes)')).toHaveTextContent('100.0 %');
    expect(cell('Up (client → server)')).toHaveTextContent('12,345 B');
  });

  it('shows a dash for latency when nothing was delivered', () => {
    render(MetricsTable, { metrics: { ...pollingTimeline.metrics, delivered: 0 } });
    expect(cell('Latency, worst')).toHaveTextContent('—');
  });

  it('uses the caption it is given', () => {
    render(MetricsTable, { metrics: pollingTimeline.metrics, caption: 'Polling every second' });
    expect(screen.getByRole('table', { name: 'Polling every second' })).toBeInTheDocument();
  });
});
