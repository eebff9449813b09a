// @vitest-environment jsdom
/**
 * The live panel against the same msw handlers the page falls back to, here
 * standing in for the server (msw/node intercepts fetch and WebSocket).
 * jsdom has no EventSource: the `eventsource` package's, which reads the stream
 * with fetch (so msw answers it), stands in for the browser's.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/svelte';
import { http, HttpResponse, ws } from 'msw';
import { setupServer } from 'msw/node';
import { EventSource as FetchEventSource } from 'eventsource';
import { renderComponent as render } from '../fixtures/renderComponent';
import { browserClock } from '../../lib/live/mock/browserClock';
import { liveMockHandlers } from '../../lib/live/mock/liveMockHandlers';
import LivePanel from './LivePanel.svelte';
import { loadLanguage } from '../../i18n/live';

const wsOrigin = location.origin.replace(/^http/, 'ws');
const server = setupServer(...liveMockHandlers({ httpOrigin: location.origin, wsOrigin, clock: browserClock }));
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  globalThis.EventSource ??= FetchEventSource as unknown as typeof EventSource;
});
// Real timers and real event sources: on a loaded machine an answer can take seconds, not the default one.
configure({ asyncUtilTimeout: 10_000 });
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** The measured and predicted cells of the row whose heading starts with `name`. */
function cells(name: RegExp): { measured: string; predicted: string } {
  const row = screen.getByRole('row', { name });
  const [measured, predicted] = within(row).getAllByRole('cell').map((cell) => cell.textContent ?? '');
  return { measured: measured!, predicted: predicted! };
}

async function connect(technique: RegExp): Promise<void> {
  render(LivePanel, {});
  await fireEvent.click(screen.getByRole('radio', { name: technique }));
  const rate = screen.getByLabelText('Server events per second');
  await fireEvent.input(rate, { target: { value: '20' } });
  await fireEvent.change(rate);
  await fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
}

// The first test also compiles the on-demand engine (links, simulator): generous time on a shared machine.
describe('LivePanel', { timeout: 40_000 }, () => {
  for (const technique of [/^Polling/, /^Long polling/, /^Server-Sent Events/, /^WebSocket/]) {
    it(`measures ${technique.source.slice(1)} and shows the simulator’s prediction beside it`, async () => {
      await connect(technique);
      await waitFor(() => expect(Number(cells(/^Events delivered/).measured)).toBeGreaterThanOrEqual(3), { timeout: 25_000 });
      await waitFor(() => expect(cells(/^Bytes on the wire/).predicted).toMatch(/^\d/));
      expect(cells(/^Mean latency/).measured).toMatch(/^-?\d/);
      expect(cells(/^Requests made/).predicted).toMatch(/^\d/);
      expect(screen.getByText('Connected to the live server.')).toBeInTheDocument();
      await fireEvent.click(screen.getByRole('button', { name: 'Disconnect' }));
      expect(await screen.findByText('You disconnected.')).toBeInTheDocument();
    });
  }

  it('sends a message over the WebSocket and takes its echo as one more clock sample', async () => {
    await connect(/^WebSocket/);
    const send = screen.getByRole('button', { name: 'Send' });
    await waitFor(() => expect(send).toBeEnabled());
    const samples = (): number => Number(/best of (\d+) exchanges/.exec(screen.getByRole('status').textContent ?? '')?.[1]);
    await waitFor(() => expect(samples()).toBeGreaterThan(0));
    const before = samples();
    await fireEvent.input(screen.getByLabelText('Message'), { target: { value: 'ping from the test' } });
    await fireEvent.click(send);
    await waitFor(() => expect(samples()).toBe(before + 1));
  });

  it('puts a refusal in words, with its status and rule', async () => {
    server.use(http.get(`${location.origin}/api/long-poll`, () =>
      HttpResponse.json({ error: 'tooManyHeld', message: 'Too many requests are being held open.' }, { status: 503 })));
    await connect(/^Long polling/);
    expect(await screen.findByText('The server refused with HTTP 503 (tooManyHeld).')).toBeInTheDocument();
  });

  it('says so when the server goes away', async () => {
    server.use(http.get(`${location.origin}/api/sse`, () => HttpResponse.error()));
    await connect(/^Server-Sent Events/);
    expect(await screen.findByText('The connection failed: the server went away or refused it.')).toBeInTheDocument();
  });

  it('explains a close code in words', async () => {
    server.use(ws.link(`${wsOrigin}/ws`).addEventListener('connection', ({ client }) => client.close(1011, 'boom')));
    await connect(/^WebSocket/);
    expect(await screen.findByText(/closed with code 1011 \(Internal error\), reason “boom”/)).toBeInTheDocument();
  });

  it('speaks Korean from its first render when given lang="ko", and keeps measuring', async () => {
    await loadLanguage('ko');
    render(LivePanel, { lang: 'ko' as const });
    expect(screen.getByText('연결되지 않았습니다. 방식을 고르고 연결하세요.')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('radio', { name: /^웹소켓/ }));
    await fireEvent.click(screen.getByRole('button', { name: '연결' }));
    expect(await screen.findByText('연결되었습니다: 실시간 서버.')).toBeInTheDocument();
    expect(screen.queryByText(/Not connected|Connected to/)).toBeNull();
  });
});
