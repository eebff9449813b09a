/** Shutting the server down ends Socket.IO and SockJS sessions too, and the server closes promptly. */
import { describe, expect, it } from 'vitest';
import { startLiveServer } from '../support/startLiveServer';
import { within } from '../support/within';
import { SockJS, connected, io } from './realtimeClients';

describe('shutdown with Socket.IO and SockJS clients connected', () => {
  it('disconnects both and closes within the grace time', async () => {
    const server = await startLiveServer({ closeGraceMs: 500 });
    const sio = await connected(io(server.http, { reconnection: false, forceNew: true }));
    const sock = new SockJS(`${server.http}/sockjs/echo`);
    await within(new Promise<void>((resolve) => { sock.onopen = () => resolve(); }), 5000, 'the SockJS session');
    const sioGone = within(new Promise<string>((resolve) => sio.once('disconnect', (reason: string) => resolve(reason))), 3000, 'the Socket.IO disconnect');
    const sockGone = within(new Promise<number>((resolve) => { sock.onclose = (e: { code: number }) => resolve(e.code); }), 3000, 'the SockJS close');
    await within(server.close(), 3000, 'the server to close');
    expect(await sioGone).toMatch(/transport close|io server disconnect/);
    expect(await sockGone).toBe(3000);
    expect(server.lab.realtime.socketIo.size + server.lab.realtime.sockJs.size).toBe(0);
  });
});
