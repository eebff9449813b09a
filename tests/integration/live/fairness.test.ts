/** Fair shares: sessions and sends are capped per remote address, and past the heap's high-water mark new work gets 503. */
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startLiveServer, type StartedServer } from '../support/startLiveServer';
import { within } from '../support/within';
import { openWs } from '../support/wsClient';

let server: StartedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** One request from `localAddress` (Linux routes all of 127.0.0.0/8 to lo); the status and the error code, if any. */
function ask(port: number, path: string, localAddress: string, method = 'GET', body = ''): Promise<{ status: number; error?: string }> {
  return within(new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, localAddress, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { text += chunk; });
      res.on('end', () => {
        const parsed = text.startsWith('{') ? (JSON.parse(text) as { error?: string }) : {};
        resolve({ status: res.statusCode ?? 0, ...(parsed.error ? { error: parsed.error } : {}) });
      });
    });
    req.on('error', reject);
    req.end(body);
  }), 3000, `${method} ${path}`);
}

describe('sessions per address', () => {
  it('lets one address take only its share of sessions, while another address still gets one', async () => {
    server = await startLiveServer({ maxSessions: 20, maxSessionsPerAddress: 5 });
    const hog = [];
    for (let i = 0; i < 12; i++) hog.push(await ask(server.port, `/api/poll?session=hog${i}&rate=0`, '127.0.0.2'));
    expect(hog.filter((a) => a.status === 200)).toHaveLength(5);
    expect(hog.slice(5)).toEqual(Array(7).fill({ status: 503, error: 'tooManySessionsFromAddress' }));
    expect(await ask(server.port, '/api/poll?session=fair&rate=0', '127.0.0.3')).toEqual({ status: 200 });
    // Sharing a session someone else made is not making one.
    expect(await ask(server.port, '/api/poll?session=fair', '127.0.0.2')).toEqual({ status: 200 });
    // WebSocket sessions count the same way.
    await expect(openWs(`${server.ws}?session=hogws`, ['socketlab.v1'], { localAddress: '127.0.0.2' })).rejects.toThrow('503');
    const other = await openWs(`${server.ws}?session=otherws`, ['socketlab.v1'], { localAddress: '127.0.0.4' });
    other.ws.close();
  });
});

describe('sends per address', () => {
  it('caps /api/send per address over all its sessions with 429, while another address still sends', async () => {
    server = await startLiveServer({ maxSendsPerSecond: 20, maxSendsPerAddress: 4 });
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await ask(server.port, `/api/send?session=s${i}&rate=0`, '127.0.0.5', 'POST', `message ${i}`));
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 202, 429, 429]);
    expect(answers[4]).toEqual({ status: 429, error: 'tooManySendsFromAddress' });
    expect((await ask(server.port, '/api/send?session=s0', '127.0.0.6', 'POST', 'hello')).status).toBe(202);
  });
});

describe('the memory guard', () => {
  it('past the heap high-water mark, refuses new WebSockets and new sessions with 503, and still serves the site', async () => {
    // 1 MiB: any running process is past it, so the guard is up from the start.
    server = await startLiveServer({ heapHighWaterMb: 1 });
    expect(await ask(server.port, '/api/poll?session=new', '127.0.0.1')).toEqual({ status: 503, error: 'overloaded' });
    await expect(openWs(server.ws)).rejects.toThrow('503');
    expect((await ask(server.port, '/', '127.0.0.1')).status).toBe(200);
  });
});
