// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { renderComponent as render } from '../fixtures/renderComponent';
import { defaultHandshakeJson } from './defaultHandshakeJson';
import HandshakeStepper from './HandshakeStepper.svelte';

const props = { defaultWalk: defaultHandshakeJson() };

const narration = () => screen.getByTestId('narration').textContent ?? '';
const region = () => screen.getByRole('region', { name: /Opening handshake/ });

async function press(key: string, times = 1) {
  for (let i = 0; i < times; i++) await fireEvent.keyDown(region(), { key });
}

describe('HandshakeStepper', () => {
  // The stepper keeps its step in the page's URL: each test starts from a bare one.
  beforeEach(() => history.replaceState(null, '', location.pathname));
  // Each stepper still loads its codec on first use; this only keeps the first test from timing out on vitest's cold transform.
  beforeAll(() => import('./handshakeParts'), 30_000);

  it('opens the step and case the URL hash names, and writes the step it moves to', async () => {
    history.replaceState(null, '', `${location.pathname}#step=2&case=wrongVersion`);
    render(HandshakeStepper, props);
    // Another case than the build-time one: its steps come with the codec.
    await waitFor(() => expect(narration()).toMatch(/^Step 2 of 4/));
    await press('ArrowLeft');
    expect(location.hash).toBe('#step=1&case=wrongVersion');
  });

  it('opens on the client request, shown as annotated bytes', () => {
    render(HandshakeStepper, props);
    expect(narration()).toBe('Step 1 of 6: The client asks to upgrade');
    expect(screen.getByRole('heading', { name: /GET \/chat/ })).toBeInTheDocument();
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toContainEqual(expect.stringContaining('header:Sec-WebSocket-Key'));
  });

  it('steps through key + GUID, SHA-1 and base64 with → and shows the RFC accept value', async () => {
    render(HandshakeStepper, props);
    await press('ArrowRight');
    expect(screen.getByTestId('stage-concat')).toHaveTextContent('dGhlIHNhbXBsZSBub25jZQ==258EAFA5-E914-47DA-95CA-C5AB0DC85B11');
    await press('ArrowRight');
    expect(screen.getByTestId('stage-sha1')).toHaveTextContent('b3 7a 4f 2c c0 62 4f 16 90 f6 46 06 cf 38 59 45 b2 be c4 ea');
    await press('ArrowRight');
    expect(screen.getByTestId('stage-accept')).toHaveTextContent('s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
    await press('ArrowLeft');
    expect(narration()).toContain('Step 3 of 6');
    await press('End');
    expect(screen.getByTestId('verdict')).toHaveTextContent('the connection is open');
  });

  it('moves with the Next and Previous buttons too', async () => {
    render(HandshakeStepper, props);
    await fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    await fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    await fireEvent.click(screen.getByRole('button', { name: /Previous/ }));
    expect(narration()).toBe('Step 2 of 6: Key + GUID');
    expect(screen.getByRole('button', { name: /Key \+ GUID/ })).toHaveAttribute('aria-current', 'step');
  });

  it('recomputes everything for a key the reader types, and explains a key that is not 16 bytes', async () => {
    render(HandshakeStepper, props);
    const input = screen.getByLabelText('Sec-WebSocket-Key');
    await fireEvent.input(input, { target: { value: 'AAAAAAAAAAAAAAAAAAAAAA==' } });
    await press('End');
    await fireEvent.click(screen.getByRole('button', { name: /Base64/ }));
    await waitFor(() => expect(screen.getByTestId('stage-accept')).toHaveTextContent('ICX+Yqv66kxgM0FcWaLWlFLwTAI='));
    await fireEvent.input(input, { target: { value: 'dGhlIHNhbXBsZSBub25j' } });
    expect(await screen.findByTestId('key-error')).toHaveTextContent('base64, but of 15 bytes. A key is exactly 16 bytes');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveValue('dGhlIHNhbXBsZSBub25j');
    expect(screen.getByTestId('stage-accept')).toHaveTextContent('ICX+Yqv66kxgM0FcWaLWlFLwTAI=');
  });

  it('generates a fresh valid key', async () => {
    render(HandshakeStepper, props);
    await fireEvent.click(screen.getByRole('button', { name: 'Generate a key' }));
    await waitFor(() => expect(screen.getByLabelText('Sec-WebSocket-Key')).not.toHaveValue('dGhlIHNhbXBsZSBub25jZQ=='));
    const value = (screen.getByLabelText('Sec-WebSocket-Key') as HTMLInputElement).value;
    expect(value).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(value).not.toBe('dGhlIHNhbXBsZSBub25jZQ==');
    expect(screen.queryByTestId('key-error')).toBeNull();
  });

  it('shows a wrong version answered by 426 with Sec-WebSocket-Version: 13', async () => {
    render(HandshakeStepper, props);
    await fireEvent.change(screen.getByLabelText('What happens'), { target: { value: 'wrongVersion' } });
    await press('ArrowRight');
    expect(await screen.findByTestId('verdict')).toHaveTextContent('The server refuses with 426');
    await press('ArrowRight');
    expect(screen.getByRole('heading', { name: /426 Upgrade Required/ })).toBeInTheDocument();
    expect(screen.getAllByRole('option').map((o) => o.textContent?.replace(/\s+/g, ' '))).toContainEqual(expect.stringMatching(/Sec-WebSocket-Version ?13/));
  });

  it('shows the client failing the connection on a wrong accept, with 1006', async () => {
    render(HandshakeStepper, props);
    await fireEvent.change(screen.getByLabelText('What happens'), { target: { value: 'wrongAccept' } });
    await press('End');
    const verdict = await screen.findByTestId('verdict');
    expect(verdict).toHaveTextContent('The client fails the connection');
    expect(verdict).toHaveTextContent('s3pPLMBiTxaQ9kYGzzhZRbK+xOo=');
    expect(verdict).toHaveTextContent('close code 1006');
  });

  it('does not step while the reader types in the key box', async () => {
    render(HandshakeStepper, props);
    await fireEvent.keyDown(screen.getByLabelText('Sec-WebSocket-Key'), { key: 'ArrowRight' });
    expect(narration()).toContain('Step 1 of 6');
  });
});
