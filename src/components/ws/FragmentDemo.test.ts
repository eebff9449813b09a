// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import { renderComponent as render } from '../fixtures/renderComponent';
import FragmentDemo from './FragmentDemo.svelte';

describe('FragmentDemo', () => {
  it('cuts the message into frames of the chosen size and totals their bytes', async () => {
    render(FragmentDemo, {});
    await fireEvent.input(screen.getByLabelText('Message'), { target: { value: 'Hello' } });
    await fireEvent.input(screen.getByLabelText('Largest fragment (payload bytes)'), { target: { value: '2' } });
    expect(screen.getByText('3 frames, 11 bytes on the wire; as a single frame it would be 7 bytes.')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: /Frame 3/ }));
    expect(screen.getByRole('heading', { name: 'Continuation frame' })).toBeInTheDocument();
  });
});
