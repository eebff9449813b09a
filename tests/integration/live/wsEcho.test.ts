/** The WebSocket echo at /ws, through the real `ws` client. */
import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE_NORMAL } from '../../../src/sim/index';
import { startLiveServer, type StartedServer } from '../support/startLiveServer';
import { within } from '../support/within';
import { openWs } from '../support/wsClient';

let server: StartedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('the WebSocket echo', () => {
  it('echoes a text message as text, byte for byte', async () => {
    server = await startLiveServer();
    const client = await openWs(server.ws);
    client.ws.send('héllo, wörld ✓');
    const reply = await client.next();
    expect(reply.isBinary).toBe(false);
    expect(reply.data.toString('utf8')).toBe('héllo, wörld ✓');
    client.ws.close();
  });

  it('echoes a binary message as binary, byte for byte', async () => {
    server = await startLiveServer();
    const client = await openWs(server.ws);
    const bytes = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 7) & 0xff));
    client.ws.send(bytes);
    const reply = await client.next();
    expect(reply.isBinary).toBe(true);
    expect(reply.data.equals(bytes)).toBe(true);
    client.ws.close();
  });

  it('echoes a message sent in several fragments as one message', async () => {
    server = await startLiveServer();
    const client = await openWs(server.ws);
    client.ws.send('first ', { fin: false });
    client.ws.send('second ', { fin: false });
    client.ws.send('last', { fin: true });
    expect((await client.next()).data.toString()).toBe('first second last');
    client.ws.close();
  });

  it('answers a ping with a pong carrying the same payload', async () => {
    server = await startLiveServer();
    const client = await openWs(server.ws);
    const pong = new Promise<Buffer>((resolve) => client.ws.once('pong', resolve));
    client.ws.ping(Buffer.from('are you there?'));
    expect((await within(pong, 2000, 'the pong')).toString()).toBe('are you there?');
    client.ws.close();
  });

  it('echoes the client\'s close code and reason back', async () => {
    server = await startLiveServer();
    const client = await openWs(server.ws);
    client.ws.close(4321, 'done here');
    expect(await within(client.closed, 2000, 'the close')).toEqual({ code: 4321, reason: 'done here' });
  });

  it('echoes a normal closure as 1000', async () => {
    server = await startLiveServer();
    const client = await openWs(server.ws);
    client.ws.close(CLOSE_NORMAL);
    expect((await within(client.closed, 2000, 'the close')).code).toBe(CLOSE_NORMAL);
  });

  it('keeps many messages in order', async () => {
    server = await startLiveServer();
    const client = await openWs(server.ws);
    for (let i = 0; i < 200; i++) client.ws.send(`message ${i}`);
    for (let i = 0; i < 200; i++) expect((await client.next()).data.toString()).toBe(`message ${i}`);
    client.ws.close();
  });
});

describe('subprotocol negotiation', () => {
  it('chooses "echo" when it is offered alone', async () => {
    server = await startLiveServer();
    const client = await openWs(server.ws, ['echo']);
    expect(client.ws.protocol).toBe('echo');
    client.ws.send('plain');
    expect((await client.next()).data.toString()).toBe('plain');
    client.ws.close();
  });

  it('chooses the first offered protocol it speaks, in the client\'s order', async () => {
    server = await startLiveServer();
    const lab = await openWs(server.ws, ['chat', 'socketlab.v1', 'echo']);
    expect(lab.ws.protocol).toBe('socketlab.v1');
    const plain = await openWs(server.ws, ['echo', 'socketlab.v1']);
    expect(plain.ws.protocol).toBe('echo');
    lab.ws.close();
    plain.ws.close();
  });

  it('chooses none when none is offered', async () => {
    server = await startLiveServer();
    const client = await openWs(server.ws);
    expect(client.ws.protocol).toBe('');
    client.ws.close();
  });

  it('under socketlab.v1 greets, then wraps text echoes in JSON with server timestamps', async () => {
    server = await startLiveServer();
    const before = performance.timeOrigin + performance.now();
    const client = await openWs(server.ws, ['socketlab.v1']);
    const hello = await client.nextJson();
    expect(hello).toMatchObject({ type: 'hello', protocol: 'socketlab.v1', session: null, mirror: false, headerBytesMeasuredBy: 'wire' });
    expect(hello.requestHeaderBytes).toBeGreaterThan(100);
    client.ws.send('ping me');
    const echo = await client.nextJson<{ type: string; data: string; receivedAt: number; writtenAt: number }>();
    expect(echo.type).toBe('echo');
    expect(echo.data).toBe('ping me');
    expect(echo.receivedAt).toBeGreaterThanOrEqual(before);
    expect(echo.writtenAt).toBeGreaterThanOrEqual(echo.receivedAt);
    client.ws.send(Buffer.from([1, 2, 3]));
    const binary = await client.next();
    expect(binary.isBinary).toBe(true);
    expect([...binary.data]).toEqual([1, 2, 3]);
    client.ws.close();
  });
});
