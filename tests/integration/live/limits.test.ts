/** Connection, origin, hold, session and idle limits of the live endpoints. */
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CLOSE_GOING_AWAY } from '../../../src/sim/index';
import { startLiveServer, type StartedServer } from '../support/startLiveServer';
import { pause, within } from '../support/within';
import { openWs } from '../support/wsClient';

let server: StartedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The status of a refused handshake (or 101). */
function handshakeStatus(url: string, options: WebSocket.ClientOptions = {}, protocols: string[] = []): Promise<{ status: number; error?: string }> {
  return within(new Promise((resolve) => {
    const ws = new WebSocket(url, protocols, options);
    ws.on('error', () => {});
    ws.once('open', () => { resolve({ status: 101 }); ws.close(); });
    ws.once('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode ?? 0, ...(res.headers['socket-lab-error'] ? { error: String(res.headers['socket-lab-error']) } : {}) });
      res.resume();
    });
  }), 2000, 'the handshake answer');
}

describe('WebSocket connection limits', () => {
  it('refuses a connection beyond the per-address limit with 503, and accepts again once one closes', async () => {
    server = await startLiveServer({ maxConnectionsPerAddress: 2 });
    const a = await openWs(server.ws);
    await openWs(server.ws);
    expect(await handshakeStatus(server.ws)).toEqual({ status: 503, error: 'tooManyFromAddress' });
    a.ws.close();
    await within(a.closed, 2000, 'the close');
    await pause(20);
    expect((await handshakeStatus(server.ws)).status).toBe(101);
  });

  it('counts each remote address on its own, under a total limit', async () => {
    server = await startLiveServer({ maxConnections: 3, maxConnectionsPerAddress: 2 });
    await openWs(server.ws, [], { localAddress: '127.0.0.1' });
    await openWs(server.ws, [], { localAddress: '127.0.0.1' });
    await openWs(server.ws, [], { localAddress: '127.0.0.2' });
    expect(await handshakeStatus(server.ws, { localAddress: '127.0.0.3' })).toEqual({ status: 503, error: 'tooManyConnections' });
    expect(server.lab.live.stats().webSockets).toBe(3);
  });
});

describe('one count per address across the endpoints', () => {
  it('counts an address\'s /ws, /stomp and /socket.io/ WebSockets together against LIVE_MAX_CONNECTIONS_PER_ADDRESS', async () => {
    server = await startLiveServer({ maxConnectionsPerAddress: 2 });
    const base = server.ws.replace(/\/ws$/, '');
    await openWs(server.ws);
    await openWs(`${base}/stomp`, ['v12.stomp']);
    // Each endpoint alone is under 2, the address is not: the third endpoint refuses it.
    // engine.io answers a refusal of its allowRequest hook with 400 (its own code, not ours).
    expect((await handshakeStatus(`${base}/socket.io/?EIO=4&transport=websocket`)).status).toBe(400);
    expect(await handshakeStatus(server.ws)).toEqual({ status: 503, error: 'tooManyFromAddress' });
    expect((await handshakeStatus(server.ws, { localAddress: '127.0.0.2' })).status).toBe(101);
  });
});

describe('the origin policy', () => {
  it('accepts a browser handshake from the server\'s own origin and one without Origin', async () => {
    server = await startLiveServer();
    expect((await handshakeStatus(server.ws, { origin: server.http })).status).toBe(101);
    expect((await handshakeStatus(server.ws)).status).toBe(101);
  });

  it('refuses a handshake from another origin with 403', async () => {
    server = await startLiveServer();
    expect(await handshakeStatus(server.ws, { origin: 'https://elsewhere.example' })).toEqual({ status: 403, error: 'originNotAllowed' });
  });

  it('accepts an allow-listed origin, and answers its HTTP requests with CORS headers', async () => {
    server = await startLiveServer({ allowedOrigins: ['https://course.example'] });
    expect((await handshakeStatus(server.ws, { origin: 'https://course.example' })).status).toBe(101);
    const res = await fetch(`${server.http}/api/poll?session=o1`, { headers: { Origin: 'https://course.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://course.example');
  });

  it('refuses HTTP requests from another origin with 403', async () => {
    server = await startLiveServer();
    const res = await fetch(`${server.http}/api/send?session=o2`, { method: 'POST', body: 'forged', headers: { Origin: 'https://elsewhere.example' } });
    expect(res.status).toBe(403);
    const poll = await (await fetch(`${server.http}/api/poll?session=o2&since=0`)).json() as { events: unknown[] };
    expect(poll.events).toEqual([]);
  });
});

describe('held requests and sessions', () => {
  it('refuses a long poll beyond the per-address hold limit with 503', async () => {
    server = await startLiveServer({ maxHeldPerAddress: 2 });
    const url = `${server.http}/api/long-poll?session=h1&rate=0&timeout=1000`;
    const held = [fetch(url), fetch(url)];
    await pause(100);
    const third = await fetch(url);
    expect(third.status).toBe(503);
    expect(third.headers.get('retry-after')).toBe('5');
    expect((await third.json()) as unknown).toMatchObject({ error: 'tooManyHeldFromAddress' });
    for (const res of await Promise.all(held)) expect(res.status).toBe(200);
  });

  it('refuses a new session beyond the session limit with 503', async () => {
    server = await startLiveServer({ maxSessions: 1 });
    expect((await fetch(`${server.http}/api/poll?session=first`)).status).toBe(200);
    expect((await fetch(`${server.http}/api/poll?session=second`)).status).toBe(503);
    expect((await fetch(`${server.http}/api/poll?session=first`)).status).toBe(200);
  });
});

describe('bad requests to the HTTP endpoints', () => {
  it.each([
    ['/api/poll', 'missingSession'],
    ['/api/poll?session=no%20spaces', 'badQuery'],
    ['/api/poll?session=s&rate=1000', 'badQuery'],
    ['/api/poll?session=s&rate=-1', 'badQuery'],
    ['/api/poll?session=s&since=abc', 'badQuery'],
    ['/api/long-poll?session=s&timeout=5', 'badQuery'],
    ['/api/poll?session=a&session=b', 'badQuery'],
  ])('answers 400 to GET %s', async (path, error) => {
    server = await startLiveServer();
    const res = await fetch(`${server.http}${path}`);
    expect(res.status).toBe(400);
    expect((await res.json()) as unknown).toMatchObject({ error });
  });

  it('answers 405 with Allow to the wrong method', async () => {
    server = await startLiveServer();
    const res = await fetch(`${server.http}/api/send?session=s`);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST, OPTIONS');
  });

  it('answers 404 to an unknown live endpoint, and still serves the site', async () => {
    server = await startLiveServer();
    expect((await fetch(`${server.http}/api/nothing`)).status).toBe(404);
    const home = await fetch(`${server.http}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Socket Lab');
  });
});

describe('the idle time-out', () => {
  it('closes a WebSocket that answers nothing, not even pings, with 1001', async () => {
    server = await startLiveServer({ idleTimeoutMs: 200 });
    const started = Date.now();
    const silent = await openWs(server.ws, [], { autoPong: false });
    const { code, reason } = await within(silent.closed, 3000, 'the idle close');
    expect(code).toBe(CLOSE_GOING_AWAY);
    expect(reason).toBe('idle time-out');
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('keeps a WebSocket that answers pings, even if it sends nothing else', async () => {
    server = await startLiveServer({ idleTimeoutMs: 200 });
    const quiet = await openWs(server.ws);
    await pause(700);
    expect(quiet.ws.readyState).toBe(WebSocket.OPEN);
    quiet.ws.close();
  });
});
