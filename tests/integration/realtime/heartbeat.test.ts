/** Heartbeats on the real libraries: engine.io's ping and its timeout, SockJS's "h" frame. */
import { afterEach, describe, expect, it } from 'vitest';
import { decodeEngineIoPayload, decodeSockJsFrame } from '../../../src/sim/index';
import { request } from './realtimeClients';
import { startRealtimeServer } from './startRealtimeServer';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

const PING_INTERVAL = 300;
const PING_TIMEOUT = 200;

describe('heartbeats', () => {
  it('pings a polling client after pingInterval, and closes the session when no pong comes within pingTimeout', async () => {
    const server = await startRealtimeServer({ pingIntervalMs: PING_INTERVAL, pingTimeoutMs: PING_TIMEOUT });
    close = server.close;
    const url = `${server.http}/socket.io/?EIO=4&transport=polling`;
    // The server's ping timer starts at the handshake, so time from before the handshake request was sent.
    const start = Date.now();
    const opened = await request(url);
    const sid = (JSON.parse(opened.body.slice(1)) as { sid: string }).sid;
    const held = await request(`${url}&sid=${sid}`);
    const pingAt = Date.now() - start;
    const payload = decodeEngineIoPayload(new TextEncoder().encode(held.body));
    expect(payload.ok && payload.packets).toEqual([{ type: 'ping' }]);
    expect(pingAt).toBeGreaterThanOrEqual(PING_INTERVAL - 50);
    // No pong: the next poll is held until pingTimeout passes, then the session is gone.
    const after = await request(`${url}&sid=${sid}`);
    expect(Date.now() - start).toBeGreaterThanOrEqual(PING_INTERVAL + PING_TIMEOUT - 50);
    if (after.status === 200) expect(after.body).toBe('1');
    expect((await request(`${url}&sid=${sid}`)).status).toBe(400);
  });

  it('keeps a session that answers each ping with a pong', async () => {
    const server = await startRealtimeServer({ pingIntervalMs: PING_INTERVAL, pingTimeoutMs: PING_TIMEOUT });
    close = server.close;
    const url = `${server.http}/socket.io/?EIO=4&transport=polling`;
    const sid = (JSON.parse((await request(url)).body.slice(1)) as { sid: string }).sid;
    for (let i = 0; i < 3; i++) {
      expect((await request(`${url}&sid=${sid}`)).body).toBe('2');
      expect((await request(`${url}&sid=${sid}`, { method: 'POST', body: '3' })).body).toBe('ok');
    }
  });

  it('sends a SockJS heartbeat frame "h" to a waiting poll after heartbeat_delay', async () => {
    const server = await startRealtimeServer({ sockJsHeartbeatMs: 200 });
    close = server.close;
    const session = `${server.http}/sockjs/echo/000/hb${Date.now().toString(36)}`;
    expect((await request(`${session}/xhr`, { method: 'POST' })).body).toBe('o\n');
    const start = Date.now();
    const polled = await request(`${session}/xhr`, { method: 'POST' });
    expect(Date.now() - start).toBeGreaterThanOrEqual(150);
    expect(decodeSockJsFrame(new TextEncoder().encode(polled.body))).toEqual({ ok: true, frame: { type: 'heartbeat' }, newline: true });
  });
});
