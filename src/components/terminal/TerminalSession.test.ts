// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { renderComponent as render } from '../fixtures/renderComponent';
import type { OpenSocket, WebSocketLike } from '../../lib/terminal/echoSocket';
import TerminalSession from './TerminalSession.svelte';
import type { CreateTerminal, TerminalHandle, TerminalOptions } from './xtermAdapter';

class FakeSocket implements WebSocketLike {
  binaryType: BinaryType = 'blob';
  protocol = '';
  readyState = 0;
  onopen: WebSocketLike['onopen'] = null;
  onmessage: WebSocketLike['onmessage'] = null;
  onerror: WebSocketLike['onerror'] = null;
  onclose: WebSocketLike['onclose'] = null;
  readonly sent: (string | ArrayBuffer)[] = [];
  closedWith: unknown[] | null = null;
  constructor(readonly url: string) {}
  send(data: string | ArrayBuffer): void {
    this.sent.push(data);
  }
  close(code?: number, reason?: string): void {
    this.closedWith = [code, reason];
  }
  accept(): void {
    this.protocol = 'socketlab.v1';
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }
}

class FakeTerminal implements TerminalHandle {
  screen = '';
  columns = 80;
  constructor(readonly options?: TerminalOptions) {}
  write(text: string): void {
    this.screen += text.replace(/\x1b\[\d+m/g, '');
  }
  clear(): void {
    this.screen = '';
  }
  dispose(): void {}
}

function setup() {
  const sockets: FakeSocket[] = [];
  const terminals: FakeTerminal[] = [];
  const open: OpenSocket = (url) => sockets[sockets.push(new FakeSocket(url)) - 1]!;
  const create: CreateTerminal = async (_host, options) => terminals[terminals.push(new FakeTerminal(options)) - 1]!;
  render(TerminalSession, { url: 'ws://test/ws?mirror=1', open, create });
  return { sockets, terminals, input: () => screen.getByLabelText('Message or command') as HTMLInputElement };
}

async function type(input: HTMLInputElement, text: string) {
  await fireEvent.input(input, { target: { value: text } });
  await fireEvent.submit(input.form!);
}

describe('TerminalSession', () => {
  it('connects at once and says so in the terminal and the status line', async () => {
    const { sockets, terminals } = setup();
    await waitFor(() => expect(terminals).toHaveLength(1));
    expect(sockets[0]!.url).toBe('ws://test/ws?mirror=1');
    sockets[0]!.accept();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Connected to ws://test/ws?mirror=1'));
    expect(terminals[0]!.screen).toContain('Connecting to ws://test/ws?mirror=1');
  });

  it('sends a typed line as a text message and prints the echo', async () => {
    const { sockets, terminals, input } = setup();
    await waitFor(() => expect(terminals).toHaveLength(1));
    sockets[0]!.accept();
    await type(input(), 'hello');
    expect(sockets[0]!.sent).toEqual(['hello']);
    expect(input().value).toBe('');
    sockets[0]!.onmessage?.({ data: '{"type":"echo","data":"hello","receivedAt":1,"writtenAt":2}' } as MessageEvent);
    expect(terminals[0]!.screen).toContain('→ text  5 bytes  “hello”');
    expect(terminals[0]!.screen).toContain('echo of “hello”');
  });

  it('brings back the last line with ↑', async () => {
    const { sockets, input } = setup();
    sockets[0]!.accept();
    await type(input(), 'first');
    await fireEvent.keyDown(input(), { key: 'ArrowUp' });
    expect(input().value).toBe('first');
  });

  it('explains a close code the browser API refuses instead of throwing', async () => {
    const { sockets, terminals, input } = setup();
    await waitFor(() => expect(terminals).toHaveLength(1));
    sockets[0]!.accept();
    await type(input(), '/close 1001');
    expect(sockets[0]!.closedWith).toBeNull();
    expect(terminals[0]!.screen).toContain('only with 1000 or 3000–4999');
  });

  it('keeps a screen-reader log of what happened, without hexdumps', async () => {
    const { sockets, input } = setup();
    sockets[0]!.accept();
    await type(input(), '/hex on');
    await type(input(), 'hi');
    const log = screen.getByRole('log');
    expect(log).toHaveTextContent('→ text 2 bytes “hi”');
    expect(log).not.toHaveTextContent('0000');
  });

  it('prints the session again to fit a narrower terminal, hexdumps with fewer bytes a row', async () => {
    const { sockets, terminals, input } = setup();
    await waitFor(() => expect(terminals).toHaveLength(1));
    sockets[0]!.accept();
    await type(input(), '/hex on');
    await type(input(), 'hello');
    const terminal = terminals[0]!;
    expect(terminal.screen).toContain('    0000  68 65 6c 6c 6f ');
    terminal.columns = 40;
    terminal.options!.onResize?.();
    expect(terminal.screen).toContain('Connecting to');
    expect(terminal.screen).toContain('    0000  68 65 6c 6c  hell');
    expect(terminal.screen).toContain('    0004  6f           o');
    expect(Math.max(...terminal.screen.split('\r\n').map((l) => l.length))).toBeLessThanOrEqual(40);
    // At 41 columns a 2-space indent keeps 8 bytes a row, where 4 spaces would halve it.
    terminal.columns = 41;
    terminal.options!.onResize?.();
    expect(terminal.screen).toContain('\n  0000  68 65 6c 6c 6f           hello');
  });
});
