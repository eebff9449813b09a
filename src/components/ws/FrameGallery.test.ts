// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import { renderComponent as render } from '../fixtures/renderComponent';
import FrameGallery from './FrameGallery.svelte';

describe('FrameGallery', () => {
  it('shows the masked "Hello" a client sends, then the unmasked one from the server', async () => {
    render(FrameGallery, {});
    expect(screen.getByTestId('frame-totals')).toHaveTextContent('11 bytes: 6 header + 5 payload');
    await fireEvent.click(screen.getByLabelText('the server (not masked)'));
    expect(screen.getByTestId('frame-totals')).toHaveTextContent('7 bytes: 2 header + 5 payload');
  });

  it('names its long examples by their byte counts and shows the extended length', async () => {
    const { container } = render(FrameGallery, {});
    const pick = screen.getByLabelText('Example frame');
    expect(screen.getByRole('option', { name: '65,536 bytes of binary (64-bit length)' })).toBeInTheDocument();
    await fireEvent.change(pick, { target: { value: 'binary64' } });
    expect(container.querySelectorAll('.bit-grid .row')).toHaveLength(14);
  });
});
