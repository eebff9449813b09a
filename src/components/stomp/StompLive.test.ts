// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { renderComponent as render } from '../fixtures/renderComponent';
import StompLive from './StompLive.svelte';
import type { StompLinkEvents } from '../../lib/stomp/stompjsLink';

/** A broker in the test: it answers CONNECT and echoes a SEND as a MESSAGE, through the raw tap as stompjs would. */
function fakeBroker() {
  const calls: string[] = [];
  const open = async (url: string, events: StompLinkEvents) => {
    calls.push(`open ${url}`);
    events.onRaw('sent', 'CONNECT\naccept-version:1.2\nhost:x\n\n\0');
    events.onRaw('received', 'CONNECTED\nversion:1.2\nsession:s-1\n\n\0');
    events.onConnected('1.2', 's-1');
    return {
      subscribe: (d: string) => { calls.push(`subscribe ${d}`); events.onRaw('sent', `SUBSCRIBE\nid:sub-0\ndestination:${d}\n\n\0`); },
      publish: (d: string, body: string) => {
        events.onRaw('sent', `SEND\ndestination:${d}\ncontent-length:${body.length}\n\n${body}\0`);
        events.onRaw('received', `MESSAGE\nsubscription:sub-0\nmessage-id:1\ndestination:${d}\n\n${body}\0`);
      },
      close: async () => { events.onClosed(1000, true); },
    };
  };
  return { calls, open };
}

describe('StompLive', () => {
  it('connects, subscribes, sends, and lists every frame decoded by our codec', async () => {
    const broker = fakeBroker();
    const { container } = render(StompLive, { open: broker.open });
    await fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Connected: STOMP 1.2, session s-1.'));
    await fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    const commands = [...container.querySelectorAll('li[data-kind="frame"]')].map((li) => `${li.className.split(' ')[0]} ${li.getAttribute('data-command')}`);
    expect(commands).toEqual(['sent CONNECT', 'received CONNECTED', 'sent SUBSCRIBE', 'sent SEND', 'received MESSAGE']);
    expect(container.querySelector('li[data-command="MESSAGE"] pre')).toHaveTextContent('hello');
    expect(broker.calls).toEqual(['open ws://localhost:3000/stomp', 'subscribe /topic/lab']);
  });

  it('refuses a URL that is not ws:// or wss://', async () => {
    const broker = fakeBroker();
    render(StompLive, { open: broker.open });
    const input = screen.getByLabelText('Broker URL (STOMP over WebSocket)');
    await fireEvent.input(input, { target: { value: 'http://example.com/stomp' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(screen.getByRole('status')).toHaveTextContent('A broker URL starts with ws:// or wss://.');
    expect(broker.calls).toEqual([]);
  });

  it('says it needs the server when the site’s own broker never answers', async () => {
    const open = async (_url: string, events: StompLinkEvents) => {
      queueMicrotask(() => events.onClosed(1006, false));
      return { subscribe() {}, publish() {}, close: async () => {} };
    };
    render(StompLive, { open });
    await fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    await waitFor(() => expect(screen.getByText(/needs the Socket Lab server/)).toBeInTheDocument());
  });
});
