// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { renderComponent as render } from './fixtures/renderComponent';
import ByteInspector from './ByteInspector.svelte';
import LayeredView from './LayeredTransferBytes.svelte';
import '../i18n/stomp';
import type { Component } from 'svelte';
import type { Lang } from '../i18n';
import { defaultParams, runScenario, type Transfer } from '../sim';

// Typed as ByteInspector's prop expects (a .svelte import's own type is the Astro-facing one under astro check).
const LayeredTransferBytes = LayeredView as unknown as Component<{ transfer: Transfer; lang?: Lang }>;

const timeline = runScenario('stomp', defaultParams('stomp'));
const actors = timeline.actors;
const send = timeline.transfers.find((t) => t.summary.startsWith('SEND'))!;
const message = timeline.transfers.find((t) => t.summary.startsWith('MESSAGE'))!;
const upgrade = timeline.transfers.find((t) => t.kind === 'http-request')!;
const optionNames = () => screen.getAllByRole('option').map((o) => o.textContent ?? '');

describe('ByteInspector with nested layers', () => {
  it('offers the WebSocket frame and the STOMP frame inside it as layers, the STOMP frame chosen first', () => {
    render(ByteInspector, { transfer: message, actors, layeredView: LayeredTransferBytes });
    const group = screen.getByRole('group', { name: 'Layers: one message inside another' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.closest('label')!.querySelector('.name')!.textContent)).toEqual(['WebSocket frame', 'STOMP frame']);
    expect(radios[1]).toBeChecked();
  });

  it('says how many bytes each layer adds and how many the application sent', () => {
    render(ByteInspector, { transfer: message, actors, layeredView: LayeredTransferBytes });
        const header = message.layers![1]!.range[0];
    const stompAdds = message.bytes.length - header - message.payloadBytes;
    expect(screen.getByText(`adds ${header} B`)).toBeInTheDocument();
    expect(screen.getByText(`adds ${stompAdds} B`)).toBeInTheDocument();
    expect(screen.getByText(`Application payload: ${message.payloadBytes} B`)).toBeInTheDocument();
  });

  it('lists the STOMP fields inside the WebSocket frame header, and only the frame’s fields when the outer layer is chosen', async () => {
    render(ByteInspector, { transfer: message, actors, layeredView: LayeredTransferBytes });
        expect(optionNames().some((n) => n.startsWith('command MESSAGE'))).toBe(true);
    expect(optionNames().some((n) => n.startsWith('opcode'))).toBe(true);
    expect(optionNames().some((n) => /^payload(?!-len)/.test(n))).toBe(false);
    await fireEvent.click(screen.getByRole('radio', { name: /WebSocket frame/ }));
    expect(optionNames().some((n) => n.startsWith('command'))).toBe(false);
    expect(optionNames().some((n) => /^payload(?!-len)/.test(n))).toBe(true);
  });

  it('shows a client’s masked payload unmasked in the STOMP view, and says so', async () => {
    const { container } = render(ByteInspector, { transfer: send, actors, layeredView: LayeredTransferBytes });
    expect(screen.getByText(/The client masked this payload/)).toBeInTheDocument();
    const text = [...container.querySelectorAll('.row:not(.head) .text')].map((row) => row.textContent).join('');
    expect(text).toContain('SEND');
    await fireEvent.click(screen.getByRole('radio', { name: /WebSocket frame/ }));
    expect(screen.queryByText(/The client masked this payload/)).toBeNull();
  });

  it('shows a layered message as the plain frame when the widget passes no layered view', () => {
    render(ByteInspector, { transfer: message, actors });
    expect(screen.queryByRole('group', { name: /Layers/ })).toBeNull();
    expect(optionNames().some((n) => /^payload(?!-len)/.test(n))).toBe(true);
  });

  it('draws no layer view for a message with no inner layer', () => {
    render(ByteInspector, { transfer: upgrade, actors, layeredView: LayeredTransferBytes });
    expect(screen.queryByRole('group', { name: /Layers/ })).toBeNull();
  });
});
