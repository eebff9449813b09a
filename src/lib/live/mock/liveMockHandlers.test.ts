/** The mock answers with the live server's shapes (server/live/liveMessages.ts), on the server's own event source. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import type { EventsResponse, SendResponse } from '../../../../server/live/liveMessages';
import { browserClock } from './browserClock';
import { liveMockHandlers } from './liveMockHandlers';

const origin = 'http://live.test';
const server = setupServer(...liveMockHandlers({ httpOrigin: origin, wsOrigin: 'ws://live.test', clock: browserClock }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const json = async <T>(response: Promise<Response>): Promise<T> => (await (await response).json()) as T;

describe('liveMockHandlers', () => {
  it('answers a poll with the events after since, the cursor and rebuilt head bytes', async () => {
    const first = await json<EventsResponse>(fetch(`${origin}/api/poll?session=m1&rate=0`));
    expect(first).toMatchObject({ session: 'm1', reason: 'immediate', events: [], lastId: 0, gap: false, headerBytesMeasuredBy: 'rebuilt' });
    expect(first.requestHeaderBytes).toBeGreaterThan('GET /api/poll?session=m1&rate=0 HTTP/1.1\r\n\r\n'.length);
    const sent = await json<SendResponse>(fetch(`${origin}/api/send?session=m1`, { method: 'POST', body: 'hi' }));
    expect(sent).toMatchObject({ id: 1, bodyBytes: 2 });
    const next = await json<EventsResponse>(fetch(`${origin}/api/poll?session=m1&since=0`));
    expect(next.events).toEqual([expect.objectContaining({ id: 1, kind: 'message', data: 'hi' })]);
  });

  it('releases a held long poll with the next event', async () => {
    const held = json<EventsResponse>(fetch(`${origin}/api/long-poll?session=m2&rate=0&since=0`));
    await fetch(`${origin}/api/send?session=m2`, { method: 'POST', body: 'wake' });
    expect(await held).toMatchObject({ reason: 'event', events: [expect.objectContaining({ data: 'wake' })] });
  });

  it('streams a hello, then each event, as newline-delimited JSON', async () => {
    await fetch(`${origin}/api/send?session=m3&rate=0`, { method: 'POST', body: 'one' });
    const response = await fetch(`${origin}/api/stream?session=m3&since=0`);
    const reader = response.body!.getReader();
    let text = '';
    while (text.split('\n').length < 3) text += new TextDecoder().decode((await reader.read()).value);
    // Not awaited: under msw/node a cancelled mocked stream never settles its cancel promise.
    void reader.cancel().catch(() => {});
    const [hello, event] = text.split('\n').map((line) => (line ? JSON.parse(line) : undefined));
    expect(hello).toMatchObject({ type: 'hello', session: 'm3', lastId: 1 });
    expect(event).toMatchObject({ type: 'event', event: { id: 1, data: 'one' } });
  });

  it('refuses a request without a session, as the server does', async () => {
    const response = await fetch(`${origin}/api/poll`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'missingSession' });
  });
});
