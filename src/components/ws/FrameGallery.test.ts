// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import { renderComponent as render } from '../fixtures/renderComponent';
import FrameGallery from './FrameGallery.svelte';
import { galleryProps } from '../../lib/ws/exampleFrames';

describe('FrameGallery', () => {
  // The widget keeps its pick in the page's URL: each test starts from a bare one.
  beforeEach(() => history.replaceState(null, '', location.pathname));

  it('opens the example a #frame= link names, writes the one picked, and ignores an unknown one', async () => {
    history.replaceState(null, '', `${location.pathname}#step=2&frame=ping`);
    render(FrameGallery, galleryProps());
    expect(screen.getByLabelText('Example frame')).toHaveValue('ping');
    await fireEvent.change(screen.getByLabelText('Example frame'), { target: { value: 'binary64' } });
    expect(location.hash).toBe('#step=2&frame=binary64');
  });

  it('keeps its first example for a #frame= it does not know', () => {
    history.replaceState(null, '', `${location.pathname}#frame=nonsense`);
    render(FrameGallery, galleryProps());
    expect(screen.getByLabelText('Example frame')).toHaveValue('text');
  });

  it('shows the masked "Hello" a client sends, then the unmasked one from the server', async () => {
    render(FrameGallery, galleryProps());
    expect(screen.getByTestId('frame-totals')).toHaveTextContent('11 bytes: 6 header + 5 payload');
    await fireEvent.click(screen.getByLabelText('the server (not masked)'));
    await expect.poll(() => screen.getByTestId('frame-totals').textContent).toContain('7 bytes: 2 header + 5 payload');
  });

  it('names its long examples by their byte counts and shows the extended length', async () => {
    const { container } = render(FrameGallery, galleryProps());
    const pick = screen.getByLabelText('Example frame');
    expect(screen.getByRole('option', { name: '65,536 bytes of binary (64-bit length)' })).toBeInTheDocument();
    await fireEvent.change(pick, { target: { value: 'binary64' } });
    await expect.poll(() => container.querySelectorAll('.bit-grid .row').length).toBe(14);
  });
});
