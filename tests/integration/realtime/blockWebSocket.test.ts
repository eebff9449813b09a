/** The block-WebSocket switch: the session's upgrades are refused, the real clients fall back and still echo. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { startLiveServer, type StartedServer } from '../support/startLiveServer';
import { pause, within } from '../support/within';
import { openWs } from '../support/wsClient';
import { SockJS, connected, io, request } from './realtimeClients';

let server: StartedServer | undefined;
const cleanup: (() => void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) c();
  await server?.close();
  server = undefined;
});

describe('block=websocket', () => {
  it('keeps a Socket.IO session on polling (the probe is refused) and still echoes', async () => {
    server = await startLiveServer();
    const socket: Socket = io(server.http, { reconnection: false, forceNew: true, query: { block: 'websocket' } });
    cleanup.push(() => socket.disconnect());
    const upgrades: string[] = [];
    socket.io.on('open', () => socket.io.engine.on('upgrade', (t: { name: string }) => upgrades.push(t.name)));
    await connected(socket);
    await pause(300);
    expect(upgrades).toEqual([]);
    expect(socket.io.engine.transport.name).toBe('polling');
    expect(await within(socket.emitWithAck('echo', 'over polling'), 3000, 'the ack')).toBe('over polling');
  });

  it('refuses the WebSocket of a blocked session with 403, and leaves other sessions alone', async () => {
    server = await startLiveServer();
    const open = await request(`${server.http}/socket.io/?EIO=4&transport=polling&block=websocket`);
    const sid = (JSON.parse(open.body.slice(1)) as { sid: string }).sid;
    const refused = await openWs(`ws://127.0.0.1:${server.port}/socket.io/?EIO=4&transport=websocket&sid=${sid}`).then(() => 'opened', (e: Error) => e.message);
    expect(refused).toBe('refused with 403');
    const other = await connected(io(server.http, { reconnection: false, forceNew: true, transports: ['websocket'] }));
    cleanup.push(() => other.disconnect());
    expect(other.io.engine.transport.name).toBe('websocket');
  });

  it('moves sockjs-client down its ladder to xhr-streaming, and still echoes', async () => {
    server = await startLiveServer();
    const sock = new SockJS(`${server.http}/sockjs/echo?block=websocket`);
    cleanup.push(() => sock.close());
    await within(new Promise<void>((resolve) => { sock.onopen = () => resolve(); }), 5000, 'the SockJS session');
    expect((sock as { transport?: string }).transport).toBe('xhr-streaming');
    const echoed = within(new Promise<string>((resolve) => { sock.onmessage = (e: { data: string }) => resolve(e.data); }), 3000, 'the echo');
    sock.send('after the fallback');
    expect(await echoed).toBe('after the fallback');
  });
});
