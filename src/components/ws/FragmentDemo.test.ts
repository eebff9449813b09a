// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import { renderComponent as render } from '../fixtures/renderComponent';
import FragmentDemo from './FragmentDemo.svelte';

describe('FragmentDemo', () => {
  // The widget keeps its pick in the page's URL: each test starts from a bare one.
  beforeEach(() => history.replaceState(null, '', location.pathname));

  it('opens the fragment a #fragment= link names (clamped to the last), and writes the one picked', async () => {
    history.replaceState(null, '', `${location.pathname}#fragment=99`);
    render(FragmentDemo, {});
    const buttons = screen.getAllByRole('button', { name: /^Frame \d/ });
    expect(buttons.at(-1)).toHaveAttribute('aria-pressed', 'true');
    await fireEvent.click(screen.getByRole('button', { name: /Frame 2/ }));
    expect(location.hash).toBe('#fragment=2');
    await fireEvent.input(screen.getByLabelText('Message'), { target: { value: 'Hi' } });
    expect(location.hash).toBe('');
  });

  it('cuts the message into frames of the chosen size and totals their bytes', async () => {
    render(FragmentDemo, {});
    await fireEvent.input(screen.getByLabelText('Message'), { target: { value: 'Hello' } });
    await fireEvent.input(screen.getByLabelText('Largest fragment (payload bytes)'), { target: { value: '2' } });
    expect(screen.getByText('3 frames, 11 bytes on the wire; as a single frame it would be 7 bytes.')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: /Frame 3/ }));
    expect(screen.getByRole('heading', { name: 'Continuation frame' })).toBeInTheDocument();
  });
});
