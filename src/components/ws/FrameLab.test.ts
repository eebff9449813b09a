// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { renderComponent as render } from '../fixtures/renderComponent';
import FrameLab from './FrameLab.svelte';

const paste = async (text: string) => fireEvent.input(screen.getByLabelText('Bytes in hex'), { target: { value: text } });

describe('FrameLab', () => {
  // Each lab still loads its reader on first use; this only keeps the first test from timing out on vitest's cold transform.
  beforeAll(() => import('./frameLabParts'), 30_000);
  afterEach(() => history.replaceState(null, '', '/'));

  it('decodes the RFC 6455 §5.7 masked frame to "Hello" when read by a server', async () => {
    render(FrameLab, {});
    await paste('0x81 0x85 0x37 0xfa\n21 3d 7f 9f 4d 51 58');
    // The reader and its report load on the first bytes pasted.
    expect(await screen.findByTestId('ending')).toHaveTextContent('Every byte is accounted for: 1 complete frame,');
    expect(screen.getByTestId('events')).toHaveTextContent('Text message (1 frame): “Hello”');
    expect(screen.getByTestId('payload')).toHaveTextContent('Hello');
  });

  it('explains an unmasked client frame read by a server: sentence, offset, rule and 1002', async () => {
    render(FrameLab, {});
    await paste('81 05 48 65 6c 6c 6f');
    const ending = await screen.findByTestId('ending');
    expect(ending).toHaveTextContent('Protocol error at byte 1');
    expect(screen.getByTestId('error-sentence')).toHaveTextContent('A frame from the client is not masked');
    expect(screen.getByTestId('close-code')).toHaveTextContent('The server must fail the connection and send a close frame with code 1002');
    expect(ending).toHaveTextContent('RFC 6455 §5.1');
    expect(ending.querySelector('mark')).toHaveAttribute('data-offset', '1');
  });

  it('reads the same bytes cleanly once the role is switched to client', async () => {
    render(FrameLab, {});
    await paste('81 05 48 65 6c 6c 6f');
    await fireEvent.click(screen.getByLabelText('the client (frames from a server)'));
    await waitFor(() => expect(screen.getByTestId('ending')).toHaveTextContent('Every byte is accounted for'));
    expect(location.hash).toBe('#hex=810548656c6c6f&role=client');
    expect(location.search).toBe('');
  });

  it('explains bytes that stop in the payload: stated length versus what arrived', async () => {
    render(FrameLab, {});
    await fireEvent.click(screen.getByRole('button', { name: 'Frame cut short' }));
    expect(await screen.findByTestId('error-sentence')).toHaveTextContent('The header says 126 bytes of payload, but only 5 arrived: 121 more are needed.');
  });

  it('keeps text that is not hex, says what is wrong, and never throws', async () => {
    render(FrameLab, {});
    await paste('81 05 zz');
    expect(screen.getByLabelText('Bytes in hex')).toHaveValue('81 05 zz');
    expect(screen.getByTestId('hex-problem')).toHaveTextContent('Character “z” at position 7 is not a hex digit');
    expect(location.hash).toContain('hex=81+05+zz');
  });

  it('reopens the bytes and role from the link', async () => {
    history.replaceState(null, '', '/frame-lab#hex=8a85 37fa213d7f9f4d5158&role=server');
    render(FrameLab, {});
    expect(screen.getByLabelText('Bytes in hex')).toHaveValue('8a85 37fa213d7f9f4d5158');
    expect(await screen.findByRole('heading', { name: 'Pong frame' })).toBeInTheDocument();
  });

  it('reopens the frame a #frame= link shows among several, and writes the one picked', async () => {
    history.replaceState(null, '', '/frame-lab#hex=810548656c6c6f8a00&role=client&frame=2');
    render(FrameLab, {});
    await screen.findByRole('group', { name: /frames/i });
    const frames = () => screen.getByRole('group', { name: /frames/i }).querySelectorAll('button');
    expect(frames()[1]).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('heading', { name: 'Pong frame' })).toBeInTheDocument();
    await fireEvent.click(frames()[0]!);
    expect(location.hash).toBe('#hex=810548656c6c6f8a00&role=client');
    await fireEvent.click(frames()[1]!);
    expect(location.hash).toBe('#hex=810548656c6c6f8a00&role=client&frame=2');
    await paste('81 05 48 65 6c 6c 6f 8a 01 21');
    expect(location.hash).not.toContain('frame=');
  });

  it('still opens an old ?hex= link, and moves it into the fragment', () => {
    history.replaceState(null, '', '/frame-lab?lang=en&hex=8a85 37fa213d7f9f4d5158&role=server');
    render(FrameLab, {});
    expect(screen.getByLabelText('Bytes in hex')).toHaveValue('8a85 37fa213d7f9f4d5158');
    expect(location.search).toBe('?lang=en');
    expect(location.hash).toBe('#hex=8a8537fa213d7f9f4d5158&role=server');
  });

  it('follows a fragment changed in the address bar', async () => {
    render(FrameLab, {});
    location.hash = '#hex=810548656c6c6f&role=client';
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.getByLabelText('Bytes in hex')).toHaveValue('810548656c6c6f');
    expect(screen.getByRole('radio', { name: 'the client (frames from a server)' })).toBeChecked();
  });

  it('composes a frame from fields and shows its hex, and the decoder flags a reserved opcode', async () => {
    render(FrameLab, {});
    await fireEvent.click(screen.getByRole('tab', { name: 'Compose a frame' }));
    // The composer loads on the first click of its tab.
    expect(await screen.findByTestId('composed-hex')).toHaveTextContent('81 85 37 fa 21 3d 7f 9f 4d 51 58');
    await fireEvent.change(screen.getByLabelText('Opcode'), { target: { value: '3' } });
    expect(screen.getByTestId('composed-hex')).toHaveTextContent(/^83 85/);
    expect(screen.getByTestId('close-code')).toHaveTextContent('1002');
    await fireEvent.click(screen.getByLabelText(/MASK/));
    expect(screen.getByTestId('error-sentence')).toHaveTextContent('Opcode 0x3 is reserved');
  });

  it('explains a masking key that is not 4 bytes without losing the form', async () => {
    render(FrameLab, {});
    await fireEvent.click(screen.getByRole('tab', { name: 'Compose a frame' }));
    await fireEvent.input(await screen.findByLabelText('Masking key (hex)'), { target: { value: '37 fa' } });
    expect(screen.getByTestId('compose-problem')).toHaveTextContent('The masking key must be 4 bytes of hex.');
    expect(screen.getByLabelText('Masking key (hex)')).toHaveValue('37 fa');
  });

  it('shows each frame of a fragmented message and what they add up to', async () => {
    render(FrameLab, {});
    await fireEvent.click(screen.getByRole('button', { name: '“Hello” in two fragments' }));
    expect(await screen.findByTestId('events')).toHaveTextContent('Text message (2 frames): “Hello”');
    await fireEvent.click(screen.getByRole('button', { name: /Frame 2: Continuation frame/ }));
    expect(screen.getByRole('heading', { name: 'Continuation frame' })).toBeInTheDocument();
  });

  it('refuses RSV1 until permessage-deflate is ticked, then inflates the RFC 7692 frames and says what they weighed', async () => {
    render(FrameLab, {});
    await fireEvent.click(screen.getByRole('radio', { name: 'the client (frames from a server)' }));
    await paste('c1 07 f2 48 cd c9 c9 07 00 c1 05 f2 00 11 00 00');
    expect(await screen.findByTestId('error-sentence')).toHaveTextContent('RSV1 is set');
    await fireEvent.click(screen.getByTestId('lab-deflate'));
    // The decompressor loads on the first tick of the box.
    const events = await screen.findByTestId('events');
    await waitFor(() => expect(events).toHaveTextContent('Text message (1 frame): “Hello”'));
    expect(events).toHaveTextContent('7 bytes on the wire inflate');
    expect(events).toHaveTextContent('5 bytes on the wire inflate');
  });
});
