// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import { renderComponent as render } from '../fixtures/renderComponent';
import CloseFrameDemo from './CloseFrameDemo.svelte';

describe('CloseFrameDemo', () => {
  it('writes the chosen code and reason and counts the reason against its limit', async () => {
    render(CloseFrameDemo, {});
    await fireEvent.change(screen.getByLabelText('Status code'), { target: { value: '1001' } });
    await fireEvent.input(screen.getByLabelText('Reason (optional)'), { target: { value: 'bye' } });
    expect(screen.getByText('3 of at most 123 bytes of UTF-8')).toBeInTheDocument();
    expect(screen.getByText(/Close code 1001/)).toBeInTheDocument();
    await fireEvent.input(screen.getByLabelText('Reason (optional)'), { target: { value: 'x'.repeat(124) } });
    expect(screen.getByText('The reason is 124 bytes of UTF-8; a close frame has room for 123.')).toBeInTheDocument();
  });

  it('offers only the codes that may be sent', () => {
    render(CloseFrameDemo, {});
    const values = [...(screen.getByLabelText('Status code') as HTMLSelectElement).options].map((o) => o.value);
    expect(values).not.toContain('1006');
    expect(values).toContain('1000');
  });
});
