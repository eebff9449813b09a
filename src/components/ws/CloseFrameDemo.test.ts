// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import { renderComponent as render } from '../fixtures/renderComponent';
import CloseFrameDemo from './CloseFrameDemo.svelte';
import { closeView } from '../../lib/ws/closeView';
import { CLOSE_DEMO_DEFAULT } from '../../lib/ws/closeDemoDefaults';

// What the page passes: the default frame, built at build time.
const props = { initial: closeView(CLOSE_DEMO_DEFAULT.code, CLOSE_DEMO_DEFAULT.reason, CLOSE_DEMO_DEFAULT.sender) };

describe('CloseFrameDemo', () => {
  // The widget keeps its pick in the page's URL: each test starts from a bare one.
  beforeEach(() => history.replaceState(null, '', location.pathname));

  it('opens the code a #close= link names, writes the one chosen, and ignores a code that may not be sent', async () => {
    history.replaceState(null, '', `${location.pathname}#close=1011`);
    render(CloseFrameDemo, props);
    expect(screen.getByLabelText('Status code')).toHaveValue('1011');
    await fireEvent.change(screen.getByLabelText('Status code'), { target: { value: '1001' } });
    expect(location.hash).toBe('#close=1001');
  });

  it('keeps 1000 for a #close= naming a code no endpoint may send', () => {
    history.replaceState(null, '', `${location.pathname}#close=1006`);
    render(CloseFrameDemo, props);
    expect(screen.getByLabelText('Status code')).toHaveValue('1000');
  });

  it('writes the chosen code and reason and counts the reason against its limit', async () => {
    render(CloseFrameDemo, props);
    await fireEvent.change(screen.getByLabelText('Status code'), { target: { value: '1001' } });
    await fireEvent.input(screen.getByLabelText('Reason (optional)'), { target: { value: 'bye' } });
    expect(screen.getByText('3 of at most 123 bytes of UTF-8')).toBeInTheDocument();
    expect(await screen.findByText(/Close code 1001/)).toBeInTheDocument();
    await fireEvent.input(screen.getByLabelText('Reason (optional)'), { target: { value: 'x'.repeat(124) } });
    expect(screen.getByText('The reason is 124 bytes of UTF-8; a close frame has room for 123.')).toBeInTheDocument();
  });

  it('offers only the codes that may be sent', () => {
    render(CloseFrameDemo, props);
    const values = [...(screen.getByLabelText('Status code') as HTMLSelectElement).options].map((o) => o.value);
    expect(values).not.toContain('1006');
    expect(values).toContain('1000');
  });

  it('draws the default frame from its build-time prop before any change', () => {
    render(CloseFrameDemo, props);
    expect(screen.getByText(/Close code 1000/)).toBeInTheDocument();
    expect(screen.getByText('11 of at most 123 bytes of UTF-8')).toBeInTheDocument();
  });
});
