/** Poll, long poll, chunked stream, SSE and send, against the real server with real clients. */
import { afterEach, describe, expect, it } from 'vitest';
import { decodeChunked } from '../../../src/sim/index';
import { openNdjson } from '../support/ndjsonReader';
import { rawExchange } from '../support/rawWebSocket';
import { openSse } from '../support/sseReader';
import { startLiveServer, type StartedServer } from '../support/startLiveServer';
import { within } from '../support/within';

interface LiveEventJson { id: number; kind: string; data: string; generatedAt: number }
interface EventsJson { reason: string; events: LiveEventJson[]; lastId: number; gap: boolean; receivedAt: number; writtenAt: number; requestHeaderBytes: number }

let server: StartedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const getJson = async <T = EventsJson>(url: string): Promise<{ status: number; body: T }> => {
  const res = await within(fetch(url), 5000, `GET ${url}`);
  return { status: res.status, body: (await res.json()) as T };
};
const send = (base: string, session: string, text: string) => within(fetch(`${base}/api/send?session=${session}`, { method: 'POST', body: text }), 2000, 'POST /api/send');

describe('GET /api/poll', () => {
  it('answers at once; without since it only tells the cursor', async () => {
    server = await startLiveServer();
    const first = await getJson(`${server.http}/api/poll?session=p1&rate=0`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ reason: 'immediate', events: [], lastId: 0, gap: false });
    await send(server.http, 'p1', 'one');
    await send(server.http, 'p1', 'two');
    const next = await getJson(`${server.http}/api/poll?session=p1&since=${first.body.lastId}`);
    expect(next.body.events.map((e) => [e.id, e.kind, e.data])).toEqual([[1, 'message', 'one'], [2, 'message', 'two']]);
    expect(next.body.lastId).toBe(2);
  });

  it('reports its timestamps and the request header bytes it received', async () => {
    server = await startLiveServer();
    const before = performance.timeOrigin + performance.now();
    const { body } = await getJson(`${server.http}/api/poll?session=p2`);
    expect(body.receivedAt).toBeGreaterThanOrEqual(before - 1);
    expect(body.writtenAt).toBeGreaterThanOrEqual(body.receivedAt);
    expect(body.requestHeaderBytes).toBeGreaterThan(50);
  });
});

describe('GET /api/long-poll', () => {
  it('is held until an event arrives, then released with that event', async () => {
    server = await startLiveServer();
    const started = Date.now();
    const held = getJson(`${server.http}/api/long-poll?session=lp1&rate=0&timeout=5000`);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(server.lab.live.stats().held).toBe(1);
    await send(server.http, 'lp1', 'wake up');
    const { body } = await held;
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(body.reason).toBe('event');
    expect(body.events.map((e) => e.data)).toEqual(['wake up']);
    expect(server.lab.live.stats().held).toBe(0);
  });

  it('is released empty when its time-out runs out', async () => {
    server = await startLiveServer();
    const started = Date.now();
    const { body } = await getJson(`${server.http}/api/long-poll?session=lp2&rate=0&timeout=200`);
    const waited = Date.now() - started;
    expect(body).toMatchObject({ reason: 'timeout', events: [], lastId: 0 });
    expect(waited).toBeGreaterThanOrEqual(190);
    expect(waited).toBeLessThan(1500);
    expect(body.writtenAt - body.receivedAt).toBeGreaterThanOrEqual(190);
  });

  it('answers at once when events after since are already waiting', async () => {
    server = await startLiveServer();
    await send(server.http, 'lp3', 'waiting');
    const { body } = await getJson(`${server.http}/api/long-poll?session=lp3&rate=0&since=0&timeout=5000`);
    expect(body.reason).toBe('immediate');
    expect(body.events.map((e) => e.data)).toEqual(['waiting']);
  });

  it('follows ticks at the chosen rate without missing one', async () => {
    server = await startLiveServer();
    let since = 0;
    const seen: number[] = [];
    for (let i = 0; i < 20 && seen.length < 5; i++) {
      const { body } = await getJson(`${server.http}/api/long-poll?session=lp4&rate=20&since=${since}&timeout=2000`);
      seen.push(...body.events.map((e) => e.id));
      since = body.lastId;
    }
    expect(seen.slice(0, 5)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('GET /api/stream', () => {
  it('sends a hello, then each event as one JSON line, over chunked transfer coding', async () => {
    server = await startLiveServer();
    const stream = await openNdjson(`${server.http}/api/stream?session=st1&rate=20`);
    expect(stream.response.headers['transfer-encoding']).toBe('chunked');
    expect(stream.response.headers['content-type']).toContain('application/x-ndjson');
    expect(await stream.next()).toMatchObject({ type: 'hello', session: 'st1', rate: 20 });
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) ids.push((await stream.next<{ type: string; event: LiveEventJson }>()).event.id);
    expect(ids).toEqual([1, 2, 3, 4, 5]);
    stream.close();
  });

  it('writes exactly one record per chunk, and ends with an end record at the maximum duration', async () => {
    server = await startLiveServer({ streamMaxMs: 400 });
    const request = `GET /api/stream?session=st2&rate=20 HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close\r\n\r\n`;
    const raw = await rawExchange(server.port, request, 3000);
    const bodyStart = raw.indexOf('\r\n\r\n') + 4;
    const decoded = decodeChunked(Buffer.from(raw.slice(bodyStart), 'latin1'));
    if (!decoded.ok) throw new Error('the body is not a complete chunked body');
    const lines = Buffer.from(decoded.value.body).toString('utf8').split('\n').filter((l) => l.length > 0);
    expect(decoded.value.chunkSizes).toEqual(lines.map((l) => Buffer.byteLength(l) + 1));
    const records = lines.map((l) => JSON.parse(l) as { type: string; reason?: string });
    expect(records[0]!.type).toBe('hello');
    expect(records.at(-1)).toMatchObject({ type: 'end', reason: 'max-duration' });
    expect(records.filter((r) => r.type === 'event').length).toBeGreaterThanOrEqual(4);
  });
});

describe('GET /api/sse', () => {
  it('delivers every event in order with no loss', async () => {
    server = await startLiveServer();
    const sse = await openSse(`${server.http}/api/sse?session=sse1&rate=20`);
    expect(sse.response.headers['content-type']).toContain('text/event-stream');
    const hello = await sse.next();
    expect(hello.event).toBe('hello');
    const got: { id: string | undefined; event: LiveEventJson }[] = [];
    for (let i = 0; i < 15; i++) {
      const m = await sse.next();
      got.push({ id: m.id, event: JSON.parse(m.data) as LiveEventJson });
    }
    expect(got.map((g) => g.event.id)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(got.every((g) => g.id === String(g.event.id))).toBe(true);
    sse.close();
  });

  it('resumes right after Last-Event-ID', async () => {
    server = await startLiveServer();
    for (const text of ['a', 'b', 'c', 'd']) await send(server.http, 'sse2', text);
    const sse = await openSse(`${server.http}/api/sse?session=sse2&rate=0`, { 'Last-Event-ID': '2' });
    await sse.next(); // hello
    expect(JSON.parse((await sse.next()).data)).toMatchObject({ id: 3, data: 'c' });
    expect(JSON.parse((await sse.next()).data)).toMatchObject({ id: 4, data: 'd' });
    sse.close();
  });

  it('refuses a malformed Last-Event-ID with 400', async () => {
    server = await startLiveServer();
    const res = await fetch(`${server.http}/api/sse?session=sse3`, { headers: { 'Last-Event-ID': 'seven' } });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'badLastEventId' });
  });
});

describe('POST /api/send', () => {
  it('turns the body into the session\'s next event and says which id it got', async () => {
    server = await startLiveServer();
    const res = await send(server.http, 'snd1', 'hello server');
    expect(res.status).toBe(202);
    expect(await res.json()).toMatchObject({ session: 'snd1', id: 1, bodyBytes: 12 });
  });

  it('refuses a body over the limit with 413', async () => {
    server = await startLiveServer({ maxSendBytes: 16 });
    const res = await send(server.http, 'snd2', 'x'.repeat(17));
    expect(res.status).toBe(413);
  });

  it('refuses a body that is not UTF-8 with 400', async () => {
    server = await startLiveServer();
    const res = await fetch(`${server.http}/api/send?session=snd3`, { method: 'POST', body: new Uint8Array([0x68, 0xc3, 0x28]) });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalidUtf8' });
  });

  it('refuses sends beyond the per-session rate with 429', async () => {
    server = await startLiveServer({ maxSendsPerSecond: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await send(server.http, 'snd4', `m${i}`)).status);
    expect(statuses).toEqual([202, 202, 202, 429, 429]);
  });
});
