// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { renderComponent as render } from '../fixtures/renderComponent';
import FrameInspector from './FrameInspector.svelte';
import { t } from '../../i18n/ws';
import { encodeUtf8, hexToBytes, OPCODE_BINARY, OPCODE_TEXT } from '../../sim';
import { encodedFrameView } from '../../lib/ws/frameView';

const KEY = hexToBytes('37 fa 21 3d')!;
const masked = encodedFrameView({ opcode: OPCODE_TEXT, payload: encodeUtf8('Hello'), maskingKey: KEY });

describe('FrameInspector', () => {
  it('titles the frame and splits its bytes into header and payload', () => {
    render(FrameInspector, { view: masked });
    expect(screen.getByRole('heading', { name: 'Text frame' })).toBeInTheDocument();
    expect(screen.getByTestId('frame-totals')).toHaveTextContent('11 bytes: 6 header + 5 payload');
  });

  it('draws one row of eight bits per header byte, labelled by field', () => {
    const { container } = render(FrameInspector, { view: masked });
    const rows = container.querySelectorAll('.bit-grid .row');
    expect(rows).toHaveLength(6);
    expect([...rows[0]!.querySelectorAll('.segment')].map((s) => s.getAttribute('aria-label'))).toEqual(['FIN 1', 'RSV1 0', 'RSV2 0', 'RSV3 0', 'opcode 0001 = 0x1']);
    expect(rows[1]!.querySelector('[data-field="payload-len"] .bits')).toHaveTextContent('0000101');
    expect(rows[3]!.querySelector('.segment')?.getAttribute('aria-label')).toMatch(/^[01]{8}: masking key, continued$/);
  });

  it('explains a field when it is focused, and moves between fields with the arrow keys', async () => {
    render(FrameInspector, { view: masked });
    const fin = screen.getByRole('option', { name: 'FIN 1' });
    await fireEvent.focus(fin);
    expect(screen.getByTestId('field-meaning')).toHaveTextContent(t('wsfield.fin.final'));
    fin.focus();
    await fireEvent.keyDown(fin, { key: 'ArrowRight' });
    expect(document.activeElement).toHaveAttribute('aria-label', 'RSV1 0');
  });

  it('shows a text payload as text and a binary one as hex, and switches on request', async () => {
    render(FrameInspector, { view: masked });
    expect(screen.getByTestId('payload')).toHaveTextContent('Hello');
    await fireEvent.click(screen.getByRole('radio', { name: 'Hex' }));
    expect(screen.getByTestId('payload')).toHaveTextContent('48 65 6c 6c 6f');
  });

  it('shows the XOR of each payload byte with key byte i mod 4 when asked', async () => {
    render(FrameInspector, { view: masked });
    await fireEvent.click(screen.getByRole('button', { name: /Show the masking/ }));
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toHaveTextContent(/48.*37.*7f/);
    expect(rows[4]).toHaveTextContent(/6f.*37.*\[0\].*58/);
  });

  it('says an unmasked frame is sent as is', () => {
    render(FrameInspector, { view: encodedFrameView({ opcode: OPCODE_BINARY, payload: Uint8Array.of(1, 2) }) });
    expect(screen.getByText(t('wsui.mask.none'))).toBeInTheDocument();
    expect(screen.getByTestId('payload')).toHaveTextContent('01 02');
  });
});
