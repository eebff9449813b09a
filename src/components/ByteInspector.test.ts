// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { renderComponent as render } from './fixtures/renderComponent';
import ByteInspector from './ByteInspector.svelte';
import { fields } from '../i18n/en/fields';
import { pollingTimeline } from './fixtures/pollingTimeline';
import { jsonResponse } from './fixtures/wireMessage';
import type { Transfer } from '../sim';

const request = pollingTimeline.transfers[0]!;
const actors = pollingTimeline.actors;
const range = (start: number, end: number) => Array.from({ length: end - start }, (_, i) => start + i);
// The highlight is drawn as blocks of rows × columns; expand them back to byte offsets.
const activeHexOffsets = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLElement>('.hex-mark')].flatMap((mark) => {
    const [row, rows, column, length] = ['row', 'rows', 'column', 'length'].map((key) => Number(mark.dataset[key]));
    return range(row!, row! + rows!).flatMap((r) => range(r * 16 + column! - 1, r * 16 + column! - 1 + length!));
  });
const shownByteCount = (container: HTMLElement) => [...container.querySelectorAll('.hex .run')].reduce((n, run) => n + (run.textContent!.length + 1) / 3, 0);

describe('ByteInspector', () => {
  it('invites the reader to pick a message when none is selected', () => {
    render(ByteInspector, { transfer: null });
    expect(screen.getByText('Select a message in the diagram to see its bytes')).toBeInTheDocument();
  });

  it('titles the message with its summary, direction and byte split', () => {
    render(ByteInspector, { transfer: request, actors });
    expect(screen.getByRole('heading', { name: /GET \/poll/ })).toBeInTheDocument();
    expect(screen.getByText('Client → Server')).toBeInTheDocument();
    expect(screen.getByText(`${request.bytes.length} bytes: ${request.headerBytes} header + 0 payload`)).toBeInTheDocument();
  });

  it('shows every byte in hex, sixteen to a row, with CRLF as ␍␊ in the text column', () => {
    const { container } = render(ByteInspector, { transfer: request, actors });
    expect(shownByteCount(container)).toBe(request.bytes.length);
    expect(container.querySelector('.hex .run')).toHaveTextContent('47 45 54');
    expect(container.querySelectorAll('.hexdump .row:not(.head)')).toHaveLength(Math.ceil(request.bytes.length / 16));
    const text = [...container.querySelectorAll('.row:not(.head) .text')].map((row) => row.textContent?.trim()).join('');
    expect(text).toContain('GET /poll HTTP/1.1\u240d\u240a');
  });

  it('lists every field with its value', () => {
    render(ByteInspector, { transfer: request, actors });
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(request.fields.length);
    expect(options[0]).toHaveTextContent('method GET');
  });

  it('highlights exactly the bytes of a focused field and shows its meaning once the meanings have loaded', async () => {
    const { container } = render(ByteInspector, { transfer: request, actors });
    const host = request.fields.findIndex((f) => f.name === 'header:Host');
    await fireEvent.focus(screen.getAllByRole('option')[host]!);
    const field = request.fields[host]!;
    expect(activeHexOffsets(container)).toEqual(range(field.start, field.end));
    await waitFor(() => expect(screen.getByTestId('field-meaning')).toHaveTextContent(fields[field.meaning]!));
    expect(screen.getAllByRole('option')[host]).toHaveAttribute('aria-selected', 'true');
  });

  it('highlights the field of a hovered byte', async () => {
    const { container } = render(ByteInspector, { transfer: request, actors });
    await fireEvent.pointerOver(container.querySelector('.hex .run')!);
    expect(activeHexOffsets(container)).toEqual([0, 1, 2]);
  });

  it('moves between fields with the arrow keys', async () => {
    const { container } = render(ByteInspector, { transfer: request, actors });
    const options = screen.getAllByRole('option');
    options[0]!.focus();
    await fireEvent.keyDown(options[0]!, { key: 'ArrowDown' });
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(options[2]);
    expect(activeHexOffsets(container)).toEqual(range(request.fields[2]!.start, request.fields[2]!.end));
  });

  it('collapses a message over 1 KB to its first rows until asked to show all', async () => {
    const big: Transfer = { ...request, ...jsonResponse('x'.repeat(3000)), id: 9, summary: '200 OK' };
    const { container } = render(ByteInspector, { transfer: big, actors });
    expect(shownByteCount(container)).toBe(256);
    await fireEvent.click(screen.getByRole('button', { name: `Show all ${big.bytes.length} bytes` }));
    expect(shownByteCount(container)).toBe(big.bytes.length);
  });
});
