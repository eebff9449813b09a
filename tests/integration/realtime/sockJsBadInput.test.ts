/** Bad input to /sockjs/ gets sockjs-node's own errors (or ours where it has no bound), and /ws keeps echoing. */
import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startLiveServer, type StartedServer } from '../support/startLiveServer';
import { within } from '../support/within';
import { openWs } from '../support/wsClient';
import { request } from './realtimeClients';

let server: StartedServer | undefined;
let counter = 0;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A fresh session URL on the echo service. */
const session = () => `${server!.http}/sockjs/echo/000/s${++counter}x${Date.now().toString(36)}`;

async function wsStillEchoes(): Promise<void> {
  const client = await openWs(server!.ws);
  client.ws.send('still here');
  expect((await client.next()).data.toString()).toBe('still here');
  client.ws.close();
}

/** POSTs `body` as a chunked stream (no Content-Length), as sockjs-client's Node driver does. */
function postChunked(url: string, body: string): Promise<number> {
  return within(new Promise<number>((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers: { 'Content-Type': 'text/plain' } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    for (let i = 0; i < body.length; i += 512) req.write(body.slice(i, i + 512));
    req.end();
  }), 3000, 'the chunked POST');
}

describe('bad input to /sockjs/', () => {
  it('answers broken JSON with 500 "Broken JSON encoding." and an empty send with 500 "Payload expected."', async () => {
    server = await startLiveServer();
    const url = session();
    expect((await request(`${url}/xhr`, { method: 'POST' })).body).toBe('o\n');
    expect(await request(`${url}/xhr_send`, { method: 'POST', body: '["x' })).toMatchObject({ status: 500, body: 'Broken JSON encoding.' });
    expect(await request(`${url}/xhr_send`, { method: 'POST', body: '' })).toMatchObject({ status: 500, body: 'Payload expected.' });
    await wsStillEchoes();
  });

  it('answers a send to an unknown session with 404', async () => {
    server = await startLiveServer();
    expect((await request(`${session()}/xhr_send`, { method: 'POST', body: '["x"]' })).status).toBe(404);
  });

  it('refuses a body over the payload limit with 413, whether it states its length or streams it', async () => {
    server = await startLiveServer({ maxPayloadBytes: 1024 });
    const url = session();
    await request(`${url}/xhr`, { method: 'POST' });
    const big = JSON.stringify(['x'.repeat(4000)]);
    expect((await request(`${url}/xhr_send`, { method: 'POST', body: big })).status).toBe(413);
    expect(await postChunked(`${url}/xhr_send`, big)).toBe(413);
    await wsStillEchoes();
  });

  it('answers a second receiving request on one session with c[2010,"Another connection still open"] (a flood of polls)', async () => {
    server = await startLiveServer();
    const url = session();
    await request(`${url}/xhr`, { method: 'POST' });
    const held = request(`${url}/xhr`, { method: 'POST' });
    await new Promise((r) => setTimeout(r, 100));
    const second = await request(`${url}/xhr`, { method: 'POST' });
    expect(second.body).toBe('c[2010,"Another connection still open"]\n');
    await request(`${url}/xhr_send`, { method: 'POST', body: '["x"]' });
    expect((await held).body).toBe('a["x"]\n');
    await wsStillEchoes();
  });

  it('closes a WebSocket session that sends broken JSON with 3000 "Broken framing.", and one that sends too much with 1009', async () => {
    server = await startLiveServer({ maxPayloadBytes: 1024 });
    const broken = await openWs(`ws://127.0.0.1:${server.port}/sockjs/echo/000/b${++counter}/websocket`);
    expect((await broken.next()).data.toString()).toBe('o');
    broken.ws.send('["x');
    expect(await within(broken.closed, 3000, 'the close')).toEqual({ code: 3000, reason: 'Broken framing.' });
    const big = await openWs(`ws://127.0.0.1:${server.port}/sockjs/echo/000/g${++counter}/websocket`);
    expect((await big.next()).data.toString()).toBe('o');
    big.ws.send(JSON.stringify(['x'.repeat(4000)]));
    expect((await within(big.closed, 3000, 'the close')).code).toBe(1009);
    await wsStillEchoes();
  });

  it('closes sessions over the per-address ceiling with 4029', async () => {
    server = await startLiveServer({ maxConnectionsPerAddress: 1 });
    const first = session();
    expect((await request(`${first}/xhr`, { method: 'POST' })).body).toBe('o\n');
    const second = session();
    expect((await request(`${second}/xhr`, { method: 'POST' })).body).toBe('o\n');
    expect((await request(`${second}/xhr`, { method: 'POST' })).body).toBe('c[4029,"Too many connections"]\n');
  });
});
