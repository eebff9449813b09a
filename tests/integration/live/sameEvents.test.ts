/** One event source per session: every technique sees the same events, in the same order, with the same server timestamps. */
import { afterEach, expect, it } from 'vitest';
import { openNdjson } from '../support/ndjsonReader';
import { openSse } from '../support/sseReader';
import { startLiveServer, type StartedServer } from '../support/startLiveServer';
import { pause, within } from '../support/within';
import { openWs } from '../support/wsClient';

interface LiveEventJson { id: number; kind: string; data: string; generatedAt: number }

const SESSION = 'same1';
const WANTED = 12;

let server: StartedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Repeats `step` (which returns new events and the next cursor) until WANTED events are collected; at most 60 requests. */
async function collect(step: (since: number) => Promise<{ events: LiveEventJson[]; lastId: number }>, pauseMs: number): Promise<LiveEventJson[]> {
  const events: LiveEventJson[] = [];
  let since = 0;
  for (let i = 0; i < 60 && events.length < WANTED; i++) {
    const answer = await step(since);
    events.push(...answer.events);
    since = answer.lastId;
    if (pauseMs > 0) await pause(pauseMs);
  }
  return events.slice(0, WANTED);
}

it('shows the same event sequence through poll, long poll, stream, SSE and WebSocket', async () => {
  server = await startLiveServer();
  const base = `${server.http}/api`;
  const query = `session=${SESSION}&rate=20&since=0`;
  // Open the pushing techniques first; they all start from since=0, so the order of opening does not matter.
  const sse = await openSse(`${base}/sse?${query}`);
  const stream = await openNdjson(`${base}/stream?${query}`);
  const ws = await openWs(`${server.ws}?${query}`, ['socketlab.v1']);

  const viaSse = (async () => {
    await sse.next(); // hello
    const out: LiveEventJson[] = [];
    while (out.length < WANTED) {
      // SSE carries the event and its writtenAt in one data object.
      const { writtenAt, ...event } = JSON.parse((await sse.next()).data) as LiveEventJson & { writtenAt: number };
      expect(writtenAt).toBeGreaterThanOrEqual(event.generatedAt);
      out.push(event);
    }
    return out;
  })();
  const viaStream = (async () => {
    await stream.next(); // hello
    const out: LiveEventJson[] = [];
    while (out.length < WANTED) out.push((await stream.next<{ event: LiveEventJson }>()).event);
    return out;
  })();
  const viaWs = (async () => {
    expect((await ws.nextJson()).type).toBe('hello');
    const out: LiveEventJson[] = [];
    while (out.length < WANTED) out.push((await ws.nextJson<{ event: LiveEventJson }>()).event);
    return out;
  })();
  const viaLongPoll = collect(async (since) => (await fetch(`${base}/long-poll?session=${SESSION}&since=${since}&timeout=2000`)).json(), 0);
  const viaPoll = collect(async (since) => (await fetch(`${base}/poll?session=${SESSION}&since=${since}`)).json(), 120);
  // Two client messages in the middle of the ticks: they take their place in the one sequence.
  await pause(150);
  await fetch(`${base}/send?session=${SESSION}`, { method: 'POST', body: 'from the client' });
  await fetch(`${base}/send?session=${SESSION}`, { method: 'POST', body: 'and again' });

  const [a, b, c, d, e] = await within(Promise.all([viaSse, viaStream, viaWs, viaLongPoll, viaPoll]), 10_000, 'every technique to see the events');
  expect(a.map((x) => x.id)).toEqual(Array.from({ length: WANTED }, (_, i) => i + 1));
  expect(a.filter((x) => x.kind === 'message').map((x) => x.data)).toEqual(['from the client', 'and again']);
  for (const other of [b, c, d, e]) expect(other).toEqual(a);
  sse.close();
  stream.close();
  ws.ws.close();
});
