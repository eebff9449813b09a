/** The real sockjs server at /sockjs/, through the real sockjs-client: echo over WebSocket and with WebSocket ruled out, and broadcast. */
import { afterEach, describe, expect, it } from 'vitest';
import { decodeSockJsFrame, encodeSockJsInfo, parseSockJsInfo } from '../../../src/sim/index';
import { startLiveServer, type StartedServer } from '../support/startLiveServer';
import { within } from '../support/within';
import { SockJS, request } from './realtimeClients';

let server: StartedServer | undefined;
const clients: InstanceType<typeof SockJS>[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  await server?.close();
  server = undefined;
});

/** Opens a sockjs-client session on `service` with `transports`, and queues what it receives. */
async function open(service: string, transports?: string[]): Promise<{ sock: InstanceType<typeof SockJS>; next(): Promise<string> }> {
  const sock = new SockJS(`${server!.http}/sockjs/${service}`, undefined, transports ? { transports } : {});
  clients.push(sock);
  const queue: string[] = [];
  const waiters: ((m: string) => void)[] = [];
  sock.onmessage = (e: { data: string }) => {
    const waiter = waiters.shift();
    if (waiter) waiter(e.data);
    else queue.push(e.data);
  };
  await within(new Promise<void>((resolve, reject) => {
    sock.onopen = () => resolve();
    sock.onclose = (e: { code: number; reason: string }) => reject(new Error(`closed ${e.code} ${e.reason}`));
  }), 5000, `the SockJS session on ${service}`);
  return { sock, next: () => (queue.length > 0 ? Promise.resolve(queue.shift()!) : within(new Promise<string>((r) => waiters.push(r)), 3000, 'a SockJS message')) };
}

/** The transport sockjs-client settled on (a property its type declarations leave out). */
const transportOf = (sock: object) => (sock as { transport?: string }).transport;

describe('SockJS on the real library', () => {
  it('answers /info with websocket, cookie_needed, origins and entropy', async () => {
    server = await startLiveServer();
    const { status, body } = await request(`${server.http}/sockjs/echo/info`);
    expect(status).toBe(200);
    expect(JSON.parse(body)).toMatchObject({ websocket: true, cookie_needed: false, origins: ['*:*'], entropy: expect.any(Number) });
    // Byte for byte what the codec writes for the same values.
    expect(encodeSockJsInfo(parseSockJsInfo(body)!).text).toBe(body);
  });

  it('echoes over WebSocket, the transport sockjs-client tries first', async () => {
    server = await startLiveServer();
    const { sock, next } = await open('echo');
    expect(transportOf(sock)).toBe('websocket');
    sock.send('héllo ✓');
    expect(await next()).toBe('héllo ✓');
  });

  it('echoes over xhr-streaming and xhr-polling when WebSocket is ruled out', async () => {
    server = await startLiveServer();
    for (const transport of ['xhr-streaming', 'xhr-polling']) {
      const { sock, next } = await open('echo', [transport]);
      expect(transportOf(sock)).toBe(transport);
      sock.send(`via ${transport}`);
      expect(await next()).toBe(`via ${transport}`);
    }
  });

  it('broadcasts to every session of /sockjs/broadcast', async () => {
    server = await startLiveServer();
    const a = await open('broadcast');
    const b = await open('broadcast', ['xhr-polling']);
    a.sock.send('to everyone');
    expect(await Promise.all([a.next(), b.next()])).toEqual(['to everyone', 'to everyone']);
  });

  it('frames xhr-polling answers as the protocol says, and our codec reads them', async () => {
    server = await startLiveServer();
    const session = `${server.http}/sockjs/echo/000/${Date.now().toString(36)}`;
    const opened = await request(`${session}/xhr`, { method: 'POST' });
    expect(opened.body).toBe('o\n');
    expect((await request(`${session}/xhr_send`, { method: 'POST', body: '["a","b"]' })).status).toBe(204);
    const polled = await request(`${session}/xhr`, { method: 'POST' });
    expect(polled.body).toBe('a["a","b"]\n');
    expect(decodeSockJsFrame(new TextEncoder().encode(polled.body))).toEqual({ ok: true, frame: { type: 'array', messages: ['a', 'b'] }, newline: true });
  });
});
