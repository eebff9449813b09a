/**
 * A DNS-rebinding page reaches 127.0.0.1 under a name it controls: Host and
 * Origin both `evil.example`. The server refuses such requests and upgrades
 * before anything else reads them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseAllowedHosts, type AllowedHosts } from '../../../server/hostAllowList';
import { buildHandshakeRequest } from '../../../src/sim/index';
import { rawExchange, TEST_KEY } from '../support/rawWebSocket';
import { get, startOnFixture, type Running } from './siteFixture';

let running: Running | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

const evil = (port: number) => ({ host: `evil.example:${port}`, origin: `http://evil.example:${port}` });

function allowList(raw: string): AllowedHosts {
  const parsed = parseAllowedHosts(raw);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

describe('the Host allow-list', () => {
  it('answers a page request for a foreign Host with 421 and a readable sentence', async () => {
    running = await startOnFixture();
    const answer = await get(running.port, '/', evil(running.port));
    expect(answer.status).toBe(421);
    expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(answer.headers.connection).toBe('close');
    expect(answer.body).toContain('does not answer for the host "evil.example:');
    expect(answer.body).toContain('LIVE_ALLOWED_HOSTS');
  });

  it('gives a rebinding page no CORS-approved live answer, not even a preflight', async () => {
    running = await startOnFixture();
    const poll = await get(running.port, '/api/poll?session=rebind', evil(running.port));
    expect(poll.status).toBe(421);
    expect(poll.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await get(running.port, '/api/send?session=rebind', { ...evil(running.port), 'access-control-request-method': 'POST' }, 'OPTIONS');
    expect(preflight.status).toBe(421);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(running.lab.live.stats().sessions).toBe(0);
  });

  it('refuses a rebinding WebSocket upgrade with 421 instead of 101', async () => {
    running = await startOnFixture();
    const { port } = running;
    const handshake = buildHandshakeRequest({ host: `evil.example:${port}`, path: '/ws', key: TEST_KEY, origin: `http://evil.example:${port}` }).bytes;
    const answer = await rawExchange(port, handshake);
    expect(answer).toMatch(/^HTTP\/1\.1 421 Misdirected Request\r\n/);
    expect(answer).not.toContain('101');
    expect(answer).toContain('LIVE_ALLOWED_HOSTS');
    expect(running.lab.live.stats().webSockets).toBe(0);
  });

  it('still upgrades a WebSocket asked for under our own name', async () => {
    running = await startOnFixture();
    const { port } = running;
    const handshake = buildHandshakeRequest({ host: `localhost:${port}`, path: '/ws', key: TEST_KEY, origin: `http://localhost:${port}` }).bytes;
    const socket = await import('node:net').then(({ connect }) => connect(port, '127.0.0.1'));
    const head = await new Promise<string>((resolve) => {
      socket.once('data', (chunk: Buffer) => resolve(chunk.toString('latin1')));
      socket.write(handshake);
    });
    socket.destroy();
    expect(head).toMatch(/^HTTP\/1\.1 101 /);
  });

  it('serves localhost, 127.0.0.1 with and without the port, and refuses our name on another port', async () => {
    running = await startOnFixture();
    const { port } = running;
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, '127.0.0.1']) {
      expect((await get(running.port, '/', { host })).status).toBe(200);
    }
    expect((await get(running.port, '/', { host: `localhost:${port + 1}` })).status).toBe(421);
  });

  it('serves a public name once it is in LIVE_ALLOWED_HOSTS', async () => {
    running = await startOnFixture({ live: { allowedHosts: allowList('socketlab.example') } });
    expect((await get(running.port, '/', { host: 'socketlab.example' })).status).toBe(200);
    expect((await get(running.port, '/', { host: 'evil.example' })).status).toBe(421);
  });

  it('serves every host with LIVE_ALLOWED_HOSTS=*', async () => {
    running = await startOnFixture({ live: { allowedHosts: allowList('*') } });
    expect((await get(running.port, '/', { host: 'anything.example' })).status).toBe(200);
  });

  it('keeps serving others after refusing', async () => {
    running = await startOnFixture();
    await get(running.port, '/', evil(running.port));
    expect((await get(running.port, '/api/poll?session=after', { host: `127.0.0.1:${running.port}` })).status).toBe(200);
  });
});
