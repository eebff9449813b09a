// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/svelte';
import { tick } from 'svelte';
import { renderComponent as render } from '../fixtures/renderComponent';
import { pollingTimeline } from '../fixtures/pollingTimeline';
import TimelineTerminal from './TimelineTerminal.svelte';
import type { CreateTerminal, TerminalHandle, TerminalOptions } from './xtermAdapter';

/** Stands in for xterm at the adapter boundary: keeps the printed text (without colours). */
class FakeTerminal implements TerminalHandle {
  screen = '';
  columns = 80;
  disposed = false;
  constructor(readonly options: TerminalOptions) {}
  write(text: string): void {
    this.screen += text.replace(/\x1b\[\d+m/g, '');
  }
  clear(): void {
    this.screen = '';
  }
  dispose(): void {
    this.disposed = true;
  }
}

function fakeXterm(): { create: CreateTerminal; made: FakeTerminal[] } {
  const made: FakeTerminal[] = [];
  return { made, create: async (_host, options) => made[made.push(new FakeTerminal(options)) - 1]! };
}

const sendSteps = pollingTimeline.steps.flatMap((step, index) => (step.kind === 'send' ? [index] : []));

describe('TimelineTerminal', () => {
  it('prints the transfers sent up to the current step', async () => {
    const { create, made } = fakeXterm();
    render(TimelineTerminal, { timeline: pollingTimeline, stepIndex: sendSteps[1]!, create });
    await waitFor(() => expect(made).toHaveLength(1));
    await tick();
    expect(made[0]!.screen.match(/Client → Server/g)).toHaveLength(1);
    expect(made[0]!.screen.match(/Server → Client/g)).toHaveLength(1);
    expect(made[0]!.screen).toContain('0000  47 45 54 20');
  });

  it('follows the player backwards: a step back removes what was not sent yet', async () => {
    const { create, made } = fakeXterm();
    const view = render(TimelineTerminal, { timeline: pollingTimeline, stepIndex: sendSteps[2]!, create });
    await waitFor(() => expect(made).toHaveLength(1));
    await view.rerender({ timeline: pollingTimeline, stepIndex: -1, create });
    expect(made[0]!.screen).toContain('Nothing sent yet');
    expect(made[0]!.screen).not.toContain('→');
  });

  it('gives the terminal an accessible name and no blinking cursor with reduced motion', async () => {
    const { create, made } = fakeXterm();
    render(TimelineTerminal, { timeline: pollingTimeline, stepIndex: 0, create, reducedMotion: true });
    await waitFor(() => expect(made).toHaveLength(1));
    expect(made[0]!.options).toMatchObject({ label: 'Terminal: every message sent so far, as a hexdump', reducedMotion: true });
  });

  it('offers the same lines as plain text', async () => {
    const { create } = fakeXterm();
    render(TimelineTerminal, { timeline: pollingTimeline, stepIndex: sendSteps[0]!, create });
    const details = screen.getByText('Show the terminal as plain text').closest('details')!;
    // jsdom does not toggle <details> on a summary click; open it as the browser would.
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await tick();
    expect(details.querySelector('pre')!.textContent).toContain('0000  47 45 54 20');
  });

  it('prints everything again, to fit, when the terminal takes fewer columns', async () => {
    const { create, made } = fakeXterm();
    render(TimelineTerminal, { timeline: pollingTimeline, stepIndex: sendSteps[1]!, create });
    await waitFor(() => expect(made).toHaveLength(1));
    await tick();
    const terminal = made[0]!;
    terminal.columns = 40;
    terminal.options.onResize?.();
    const lines = terminal.screen.split('\r\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(40);
    expect(terminal.screen.match(/Client → Server/g)).toHaveLength(1);
    expect(terminal.screen).toContain('0000  47 45 54 20 2f 70 6f 6c  GET /pol');
  });

  it('disposes the terminal when the island is destroyed', async () => {
    const { create, made } = fakeXterm();
    const view = render(TimelineTerminal, { timeline: pollingTimeline, stepIndex: 0, create });
    await waitFor(() => expect(made).toHaveLength(1));
    view.unmount();
    expect(made[0]!.disposed).toBe(true);
  });
});
