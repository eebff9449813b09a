// @vitest-environment jsdom
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import { renderComponent as render } from './fixtures/renderComponent';
import SequenceDiagram from './SequenceDiagram.svelte';
import { pollingTimeline } from './fixtures/pollingTimeline';
import { longPollTimeline } from './fixtures/longPollTimeline';
import { manyPollsTimeline } from './fixtures/manyPollsTimeline';
import { runWebSocket, type Timeline } from '../sim';
import { defaultKnobs } from '../widgets/knobs';
import { windowSpan } from '../lib/windowSpan';
import { toScenarioParams } from '../widgets/toScenarioParams';

const arrows = () => screen.queryAllByRole('button');

/** Renders the diagram and waits for what it loads once the run moves (diagramExtras). */
async function show(props: { timeline: Timeline; time: number; stepIndex?: number; selectedId?: number; onselect?: (id: number) => void; onseek?: (time: number) => void }) {
  const result = render(SequenceDiagram, props);
  await vi.dynamicImportSettled();
  await tick();
  return result;
}

describe('SequenceDiagram', () => {
  it('draws one lifeline per actor with its name', async () => {
    await show({ timeline: pollingTimeline, time: 0 });
    const diagram = screen.getByRole('group', { name: /Sequence diagram/ });
    expect(diagram).toHaveTextContent('Client');
    expect(diagram).toHaveTextContent('Server');
  });

  it('draws one arrow per transfer sent so far in the window, none for the future', async () => {
    await show({ timeline: pollingTimeline, time: 120 });
    expect(arrows().map((a) => a.dataset.transferId)).toEqual(['0', '1']);
  });

  it('follows the step among steps at the same millisecond', async () => {
    await show({ timeline: pollingTimeline, time: 50, stepIndex: 2 });
    expect(arrows().map((a) => a.dataset.transferId)).toEqual(['0']);
  });

  it('describes each arrow in words', async () => {
    await show({ timeline: pollingTimeline, time: 120 });
    const bytes = pollingTimeline.transfers[0]!.bytes.length;
    expect(screen.getByRole('button', { name: `GET /poll · ${bytes} B, Client to Server, sent at 0 ms` })).toBeInTheDocument();
  });

  it('says when a transfer is still on the wire', async () => {
    await show({ timeline: pollingTimeline, time: 25 });
    expect(arrows()[0]).toHaveAccessibleName(/still on the wire/);
  });

  it('selects an arrow on click and on Enter', async () => {
    const onselect = vi.fn();
    await show({ timeline: pollingTimeline, time: 120, onselect });
    await fireEvent.click(arrows()[1]!);
    await fireEvent.keyDown(arrows()[0]!, { key: 'Enter' });
    expect(onselect.mock.calls).toEqual([[1], [0]]);
  });

  it('marks the selected arrow as pressed', async () => {
    await show({ timeline: pollingTimeline, time: 120, selectedId: 1 });
    expect(arrows().map((a) => a.getAttribute('aria-pressed'))).toEqual(['false', 'true']);
  });

  it('stays windowed on a timeline with twenty thousand transfers', async () => {
    await show({ timeline: manyPollsTimeline(10_000), time: 1_000_000 });
    expect(arrows().length).toBeGreaterThan(0);
    expect(arrows().length).toBeLessThan(20);
  });

  it('draws a held request as a labelled bar', async () => {
    const { container } = await show({ timeline: longPollTimeline, time: 300 });
    expect(container.querySelectorAll('g.hold')).toHaveLength(1);
    expect(container.querySelector('g.hold')).toHaveTextContent('held');
  });

  it('labels time ticks in milliseconds', async () => {
    const { container } = await show({ timeline: pollingTimeline, time: 1100 });
    const ticks = [...container.querySelectorAll('.tick')].map((tick) => tick.textContent?.trim());
    expect(ticks).toContain('1,000 ms');
  });

  it('draws the first frame without what moves: no arrow and no overview strip until the reader acts', async () => {
    await show({ timeline: pollingTimeline, time: 0, onseek: () => {} });
    expect(screen.queryByRole('slider')).toBeNull();
    expect(arrows()).toEqual([]);
    await fireEvent.pointerOver(document.body);
    await vi.dynamicImportSettled();
    await tick();
    expect(screen.getByRole('slider', { name: 'Overview of the whole run' })).toBeInTheDocument();
  });

  it('has no overview strip when nobody can seek', async () => {
    await show({ timeline: pollingTimeline, time: 120 });
    expect(screen.queryByRole('slider')).toBeNull();
  });

  it('jumps to the moment clicked on the overview strip', async () => {
    const onseek = vi.fn();
    await show({ timeline: pollingTimeline, time: 120, onseek });
    const overview = screen.getByRole('slider', { name: 'Overview of the whole run' });
    overview.getBoundingClientRect = () => ({ top: 100, height: 200, left: 0, width: 10, right: 10, bottom: 300, x: 0, y: 100, toJSON: () => ({}) });
    await fireEvent.click(overview, { clientY: 150 });
    expect(onseek).toHaveBeenCalledWith(pollingTimeline.duration / 4);
  });

  it('moves through the run from the keyboard on the overview strip, and keeps those keys from the player', async () => {
    const onseek = vi.fn();
    await show({ timeline: pollingTimeline, time: 120, onseek });
    const overview = screen.getByRole('slider');
    expect(overview).toHaveAttribute('aria-valuetext', '120 ms of 1,100 ms');
    const down = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true });
    overview.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
    await fireEvent.keyDown(overview, { key: 'End' });
    await fireEvent.keyDown(overview, { key: 'Home' });
    await fireEvent.keyDown(overview, { key: 'x' });
    expect(onseek.mock.calls).toEqual([[120 + 1100 / 20], [1100], [0]]);
  });

  it('draws arrows too close together as one band named by its count, and keeps its arrows few', async () => {
    const timeline = runWebSocket(toScenarioParams('websocket', { ...defaultKnobs(), eventRate: 50, latencyMs: 1000 }));
    const { container } = await show({ timeline, time: 8000 });
    expect(screen.getAllByRole('img', { name: /more messages, too close together/ }).length).toBeGreaterThan(0);
    // Drawn one by one, every arrow was five elements (its group, three lines, a head) and every mark three or four.
    const inView = timeline.transfers.filter((x) => x.sentAt <= 8000 && x.arrivedAt >= 8000 - windowSpan(timeline)).length;
    expect(inView).toBeGreaterThan(300);
    expect(container.querySelectorAll('svg *').length).toBeLessThan(inView * 1.5);
  });
});
