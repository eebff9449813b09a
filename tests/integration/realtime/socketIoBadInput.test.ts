/** Bad input to /socket.io/ gets the real library's errors, and /ws keeps echoing through all of it. */
import { afterEach, describe, expect, it } from 'vitest';
import { ENGINE_IO_HTTP_ERRORS, encodeEngineIoHttpError } from '../../../src/sim/index';
import { startLiveServer, type StartedServer } from '../support/startLiveServer';
import { within } from '../support/within';
import { openWs } from '../support/wsClient';
import { request } from './realtimeClients';

let server: StartedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const polling = (sid?: string) => `${server!.http}/socket.io/?EIO=4&transport=polling${sid ? `&sid=${sid}` : ''}`;

/** Opens an engine.io session by hand and returns its sid. */
async function handshake(): Promise<string> {
  const { status, body } = await request(polling());
  expect(status).toBe(200);
  return (JSON.parse(body.slice(1)) as { sid: string }).sid;
}

/** /ws still answers an echo. */
async function wsStillEchoes(): Promise<void> {
  const client = await openWs(server!.ws);
  client.ws.send('still here');
  expect((await client.next()).data.toString()).toBe('still here');
  client.ws.close();
}

describe('bad input to /socket.io/', () => {
  it('answers an unknown sid with 400 {"code":1,"message":"Session ID unknown"}', async () => {
    server = await startLiveServer();
    const { status, body } = await request(polling('no-such-session'));
    expect(status).toBe(400);
    expect(JSON.parse(body)).toEqual({ code: 1, message: 'Session ID unknown' });
    // Byte for byte what the codec writes for the scenario's "no sticky sessions" fault.
    expect(body).toBe(new TextDecoder().decode(encodeEngineIoHttpError(ENGINE_IO_HTTP_ERRORS[1]!).bytes));
    await wsStillEchoes();
  });

  it('answers an unknown transport with 400 {"code":0,"message":"Transport unknown"}', async () => {
    server = await startLiveServer();
    const { status, body } = await request(`${server.http}/socket.io/?EIO=4&transport=carrier-pigeon`);
    expect(status).toBe(400);
    expect(JSON.parse(body)).toEqual({ code: 0, message: 'Transport unknown' });
  });

  it('refuses a POST body over maxHttpBufferSize with 413 and ends the session', async () => {
    server = await startLiveServer({ maxPayloadBytes: 1024 });
    const sid = await handshake();
    const { status } = await request(polling(sid), { method: 'POST', body: '4' + 'x'.repeat(2000) });
    expect(status).toBe(413);
    expect((await request(polling(sid))).status).toBe(400);
    await wsStillEchoes();
  });

  it('closes a WebSocket that sends a message over maxHttpBufferSize with 1009', async () => {
    server = await startLiveServer({ maxPayloadBytes: 1024 });
    const client = await openWs(`ws://127.0.0.1:${server.port}/socket.io/?EIO=4&transport=websocket`);
    expect((await client.next()).data.toString().startsWith('0{"sid":')).toBe(true);
    client.ws.send('4' + 'x'.repeat(2000));
    expect((await within(client.closed, 3000, 'the close')).code).toBe(1009);
    await wsStillEchoes();
  });

  it('closes the session on a malformed engine.io packet', async () => {
    server = await startLiveServer();
    const sid = await handshake();
    await request(polling(sid), { method: 'POST', body: '9not-a-packet' });
    const after = await request(polling(sid));
    // The held poll (if any) ends with a close packet; after that the sid is gone.
    if (after.status === 200) expect(after.body).toBe('1');
    else expect(JSON.parse(after.body)).toEqual({ code: 1, message: 'Session ID unknown' });
    await wsStillEchoes();
  });

  it('closes the session on a malformed Socket.IO packet inside a valid engine.io one', async () => {
    server = await startLiveServer();
    const sid = await handshake();
    expect((await request(polling(sid), { method: 'POST', body: '40' })).body).toBe('ok');
    const connect = await request(polling(sid));
    expect(connect.body.startsWith('40{"sid":')).toBe(true);
    await request(polling(sid), { method: 'POST', body: '42["unterminated' });
    const after = await request(polling(sid));
    expect(after.status === 400 || after.body.includes('1')).toBe(true);
    expect((await request(polling(sid))).status).toBe(400);
  });

  it('answers a second poll held at the same time with 400 and closes the session (a flood of polls)', async () => {
    server = await startLiveServer();
    const sid = await handshake();
    const first = request(polling(sid));
    const flood = await Promise.all(Array.from({ length: 5 }, () => request(polling(sid))));
    expect(flood.some((r) => r.status === 400)).toBe(true);
    await first;
    expect((await request(polling(sid))).status).toBe(400);
    await wsStillEchoes();
  });

  it('refuses handshakes over the per-address ceiling with 403 and the reason', async () => {
    server = await startLiveServer({ maxConnectionsPerAddress: 2 });
    await handshake();
    await handshake();
    const { status, body } = await request(polling());
    expect(status).toBe(403);
    expect(JSON.parse(body)).toEqual({ code: 4, message: 'Too many connections from this address' });
  });
});
