// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { renderComponent as render } from '../fixtures/renderComponent';
import CodePanel from './CodePanel.svelte';
import { defaultParams, runScenario } from '../../sim';
import { socketExamples } from '../../lib/sockets/socketExamples';

const timeline = runScenario('sockets', defaultParams('sockets'));
const examples = socketExamples();
const connectReturns = timeline.steps.findIndex((s) => s.kind === 'syscall' && s.call === 'connect' && s.phase === 'return');

describe('CodePanel', () => {
  it('shows the C client and server side by side, the current call’s line marked', () => {
    const { container } = render(CodePanel, { examples, timeline, stepIndex: connectReturns });
    expect(screen.getByRole('tab', { name: 'C' })).toHaveAttribute('aria-selected', 'true');
    const current = container.querySelector('[data-side="client"] .row.current');
    expect(current?.textContent).toContain('connect(');
    expect(container.querySelector('[data-side="server"] [aria-current="step"]')?.textContent).toContain('accept(');
  });

  it('moves the mark with the step, one marked row per program, and shows the code’s angle brackets as text', async () => {
    const { container, rerender } = render(CodePanel, { examples, timeline, stepIndex: connectReturns });
    const recv = timeline.steps.findIndex((s, i) => i > connectReturns && s.kind === 'syscall' && s.actor === 'client' && s.call === 'recv');
    await rerender({ examples, timeline, stepIndex: recv });
    await tick();
    const marked = container.querySelectorAll('[data-side="client"] .row.at');
    expect(marked).toHaveLength(1);
    expect(marked[0]?.textContent).toContain('recv(');
    expect(marked[0]).toHaveAttribute('aria-current', 'step');
    expect(container.querySelector('[data-side="client"] .row')?.parentElement?.textContent).toContain('#include <sys/socket.h>');
  });

  it('moves between languages with the arrow keys, keeping one tab in the tab order', async () => {
    const { container } = render(CodePanel, { examples, timeline, stepIndex: connectReturns });
    const c = screen.getByRole('tab', { name: 'C' });
    await fireEvent.keyDown(c, { key: 'ArrowRight' });
    await tick();
    const python = screen.getByRole('tab', { name: 'Python' });
    expect(python).toHaveAttribute('aria-selected', 'true');
    expect(document.activeElement).toBe(python);
    expect(screen.getAllByRole('tab').filter((tab) => tab.tabIndex === 0)).toEqual([python]);
    expect(container.querySelector('[data-side="client"] .row.current')?.textContent).toContain('sock.connect(');
    await fireEvent.keyDown(python, { key: 'ArrowLeft' });
    await fireEvent.keyDown(screen.getByRole('tab', { name: 'C' }), { key: 'ArrowLeft' });
    expect(screen.getByRole('tab', { name: 'Node' })).toHaveAttribute('aria-selected', 'true');
  });

  it('takes the arrow keys for itself, so the player around it does not step', async () => {
    render(CodePanel, { examples, timeline, stepIndex: connectReturns });
    const event = new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true });
    screen.getByRole('tab', { name: 'C' }).dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('keeps the chosen language in the hash beside the step', async () => {
    history.replaceState(null, '', '/sockets#step=7');
    render(CodePanel, { examples, timeline, stepIndex: connectReturns, deepLink: true });
    await fireEvent.click(screen.getByRole('tab', { name: 'Java' }));
    expect(location.hash).toBe('#step=7&code=java');
  });

  it('opens on the language the hash names', async () => {
    history.replaceState(null, '', '/sockets#step=3&code=node');
    render(CodePanel, { examples, timeline, stepIndex: connectReturns, deepLink: true });
    await tick();
    expect(screen.getByRole('tab', { name: 'Node' })).toHaveAttribute('aria-selected', 'true');
  });

  it('says when the step has no line for a program', () => {
    render(CodePanel, { examples, timeline, stepIndex: 0 });
    expect(screen.getByText('No socket call at this step')).toBeInTheDocument();
  });
});
