/** Behaviour across the upgrade on the real libraries: nothing is lost or duplicated while polling hands over to WebSocket. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { startLiveServer, type StartedServer } from '../support/startLiveServer';
import { within } from '../support/within';
import { io } from './realtimeClients';

let server: StartedServer | undefined;
let socket: Socket | undefined;
afterEach(async () => {
  socket?.disconnect();
  await server?.close();
  server = undefined;
});

const COUNT = 200;

describe('the polling → WebSocket upgrade', () => {
  it('delivers every echo exactly once and in order when events are emitted on polling and the session upgrades meanwhile', async () => {
    server = await startLiveServer();
    socket = io(server.http, { reconnection: false, forceNew: true });
    const received: number[] = [];
    const transports = new Set<string>();
    let upgradedAfter = -1;
    socket.on('echo', (n: number) => received.push(n));
    socket.io.on('open', () => socket!.io.engine.once('upgrade', () => { upgradedAfter = received.length; }));
    const all = within(new Promise<void>((resolve) => socket!.on('echo', () => { if (received.length === COUNT) resolve(); })), 5000, `${COUNT} echoes`);
    // Sent from the first moment, so the first ones go over polling and the rest over the WebSocket.
    for (let n = 0; n < COUNT; n++) {
      socket.emit('echo', n);
      transports.add(socket.io.engine?.transport?.name ?? 'none');
      if (n % 20 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    await all;
    expect(received).toEqual(Array.from({ length: COUNT }, (_, n) => n));
    // The upgrade completed before the last echo came back: events emitted on polling crossed it.
    expect(upgradedAfter).toBeGreaterThanOrEqual(0);
    expect(upgradedAfter).toBeLessThan(COUNT);
    expect(socket.io.engine.transport.name).toBe('websocket');
    expect([...transports]).toContain('polling');
  });
});
