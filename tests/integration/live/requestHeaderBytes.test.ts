/** The request header bytes each answer reports are counted on the wire, exactly as the client sent them. */
import { afterEach, describe, expect, it } from 'vitest';
import { buildHandshakeRequest } from '../../../src/sim/index';
import { rawExchange, RawWebSocket, TEST_KEY } from '../support/rawWebSocket';
import { startLiveServer, type StartedServer } from '../support/startLiveServer';

let server: StartedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface Counted { requestHeaderBytes: number; headerBytesMeasuredBy: string; requestHeaderLines?: { name: string; bytes: number }[] }

/** The JSON bodies of the responses in a raw byte stream, in order. */
function bodies(raw: string): Counted[] {
  const out: Counted[] = [];
  let at = 0;
  for (let i = 0; i < 10 && at < raw.length; i++) {
    const end = raw.indexOf('\r\n\r\n', at);
    if (end < 0) break;
    const length = Number(/\r\ncontent-length: (\d+)/i.exec(raw.slice(at, end))?.[1] ?? 0);
    out.push(JSON.parse(raw.slice(end + 4, end + 4 + length)) as Counted);
    at = end + 4 + length;
  }
  return out;
}

const get = (path: string, extra = '') => `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${extra}\r\n`;

describe('requestHeaderBytes', () => {
  it('counts the request line, every header line and the empty line', async () => {
    server = await startLiveServer();
    const request = get('/api/poll?session=hb1', 'User-Agent: test\r\nConnection: close\r\n');
    const [body] = bodies(await rawExchange(server.port, request));
    expect(body).toEqual(expect.objectContaining({ requestHeaderBytes: request.length, headerBytesMeasuredBy: 'wire' }));
  });

  it('reports each header line it received: its name as sent and its size', async () => {
    server = await startLiveServer();
    const request = get('/api/poll?session=hb0', 'User-Agent: test\r\nConnection: close\r\n');
    const [body] = bodies(await rawExchange(server.port, request));
    expect(body!.requestHeaderLines).toEqual([
      { name: 'Host', bytes: 'Host: 127.0.0.1\r\n'.length },
      { name: 'User-Agent', bytes: 'User-Agent: test\r\n'.length },
      { name: 'Connection', bytes: 'Connection: close\r\n'.length },
    ]);
  });

  it('counts unusual spacing as sent, which rebuilding from parsed headers would miss', async () => {
    server = await startLiveServer();
    const request = 'GET /api/poll?session=hb2 HTTP/1.1\r\nHost:     127.0.0.1   \r\nX-Padding:\t\tvalue\r\nConnection: close\r\n\r\n';
    const [body] = bodies(await rawExchange(server.port, request));
    expect(body!.requestHeaderBytes).toBe(request.length);
  });

  it('gives each pipelined request its own count, and skips a body to find the next head', async () => {
    server = await startLiveServer();
    const first = get('/api/poll?session=hb3', 'X-First: 1\r\n');
    const post = 'POST /api/send?session=hb3 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 11\r\n\r\n';
    const last = get('/api/poll?session=hb3', 'X-Last: a much longer header value than the others\r\nConnection: close\r\n');
    const answers = bodies(await rawExchange(server.port, `\r\n${first}${post}hello there${last}`));
    expect(answers.map((a) => a.requestHeaderBytes)).toEqual([first.length, post.length, last.length]);
    expect(answers.every((a) => a.headerBytesMeasuredBy === 'wire')).toBe(true);
  });

  it('falls back to rebuilding from the parsed headers after a chunked body it cannot follow', async () => {
    server = await startLiveServer();
    const post = 'POST /api/send?session=hb4 HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n';
    const next = get('/api/poll?session=hb4', 'Connection: close\r\n');
    const answers = bodies(await rawExchange(server.port, post + next));
    expect(answers[0]).toMatchObject({ headerBytesMeasuredBy: 'wire', requestHeaderBytes: post.indexOf('\r\n\r\n') + 4 });
    expect(answers[1]).toMatchObject({ headerBytesMeasuredBy: 'rebuilt', requestHeaderBytes: next.length });
  });

  it('reports the size of the WebSocket upgrade request in the socketlab.v1 hello', async () => {
    server = await startLiveServer();
    const protocols = [{ name: 'Sec-WebSocket-Protocol', value: 'socketlab.v1' }];
    const raw = await RawWebSocket.open(server.port, '/ws', protocols);
    const expected = buildHandshakeRequest({ host: `127.0.0.1:${server.port}`, path: '/ws', key: TEST_KEY, headers: protocols }).bytes.length;
    const hello = JSON.parse(Buffer.from((await raw.nextFrame()).payload).toString()) as Counted;
    expect(hello).toMatchObject({ requestHeaderBytes: expected, headerBytesMeasuredBy: 'wire' });
    raw.destroy();
  });
});
