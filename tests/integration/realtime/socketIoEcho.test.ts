/** The real socket.io server at /socket.io/, through the real socket.io-client: echo over polling, after the upgrade, and WebSocket only. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { decodeEngineIoPayload, parseOpenHandshake } from '../../../src/sim/index';
import { startLiveServer, type StartedServer } from '../support/startLiveServer';
import { within } from '../support/within';
import { connected, io, nextEvent, request } from './realtimeClients';

let server: StartedServer | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  await server?.close();
  server = undefined;
});

function client(path = '', options: Parameters<typeof io>[1] = {}): Socket {
  const socket = io(`${server!.http}${path}`, { reconnection: false, forceNew: true, ...options });
  sockets.push(socket);
  return socket;
}

describe('Socket.IO on the real library', () => {
  it('opens with an engine.io open packet our codec reads, announcing the /ws payload limit as maxPayload', async () => {
    server = await startLiveServer({ maxPayloadBytes: 2048 });
    const { status, body } = await request(`${server.http}/socket.io/?EIO=4&transport=polling`);
    expect(status).toBe(200);
    const payload = decodeEngineIoPayload(new TextEncoder().encode(body));
    expect(payload.ok && payload.packets[0]?.type).toBe('open');
    const open = payload.ok ? parseOpenHandshake(payload.packets[0]!.data as string) : undefined;
    expect(open).toMatchObject({ ok: true, handshake: { upgrades: ['websocket'], pingInterval: 25000, pingTimeout: 20000, maxPayload: 2048 } });
  });

  it('echoes an event with an ack over long polling only', async () => {
    server = await startLiveServer();
    const socket = await connected(client('', { transports: ['polling'] }));
    const reply = await within(socket.emitWithAck('echo', 'héllo', { n: 1 }), 3000, 'the ack');
    expect(reply).toBe('héllo');
    expect(socket.io.engine.transport.name).toBe('polling');
  });

  it('starts on polling, upgrades to WebSocket, and still echoes, binary included', async () => {
    server = await startLiveServer();
    const socket = client();
    const upgraded = within(new Promise<string>((resolve) => socket.io.on('open', () => socket.io.engine.once('upgrade', (t: { name: string }) => resolve(t.name)))), 3000, 'the upgrade');
    await connected(socket);
    expect(await upgraded).toBe('websocket');
    const echoed = nextEvent<[string, Buffer]>(socket, 'echo');
    socket.emit('echo', 'bytes', Buffer.from([0xde, 0xad, 0xbe, 0xef]));
    const [name, bytes] = await echoed;
    expect(name).toBe('bytes');
    expect([...bytes]).toEqual([0xde, 0xad, 0xbe, 0xef]);
  });

  it('connects with WebSocket only, skipping the polling handshake', async () => {
    server = await startLiveServer();
    const socket = await connected(client('', { transports: ['websocket'] }));
    expect(socket.io.engine.transport.name).toBe('websocket');
    expect(await within(socket.emitWithAck('echo', 42), 3000, 'the ack')).toBe(42);
  });

  it('broadcasts to every client of /broadcast', async () => {
    server = await startLiveServer();
    const a = await connected(client('/broadcast'));
    const b = await connected(client('/broadcast', { transports: ['polling'] }));
    const got = [nextEvent<[string]>(a, 'broadcast'), nextEvent<[string]>(b, 'broadcast')];
    a.emit('broadcast', 'to everyone');
    expect((await Promise.all(got)).map(([m]) => m)).toEqual(['to everyone', 'to everyone']);
  });
});
