/** Our codecs read the real server's bytes: a Socket.IO packet inside an engine.io packet inside a polling body. */
import { afterEach, describe, expect, it } from 'vitest';
import { socketIoLayers } from '../../../src/sim/index';
import { startLiveServer, type StartedServer } from '../support/startLiveServer';
import { request } from './realtimeClients';

let server: StartedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the real server\'s bytes, layered', () => {
  it('reads the CONNECT answer and an echoed EVENT as Socket.IO inside engine.io', async () => {
    server = await startLiveServer();
    const url = `${server.http}/socket.io/?EIO=4&transport=polling`;
    const sid = (JSON.parse((await request(url)).body.slice(1)) as { sid: string }).sid;
    await request(`${url}&sid=${sid}`, { method: 'POST', body: '40' });
    const connect = await request(`${url}&sid=${sid}`);
    const connectLayers = socketIoLayers(bytes(connect.body), { transport: 'polling' });
    expect(connectLayers.ok && connectLayers.layers.map((l) => l.protocol)).toEqual(['engineio', 'socketio']);
    const inner = connectLayers.ok ? connectLayers.layers[1]! : undefined;
    expect(inner?.fields.find((f) => f.name === 'sio-connect:sid')?.meaning).toBe('siofield.connect.sid');

    await request(`${url}&sid=${sid}`, { method: 'POST', body: '42["echo","héllo",{"n":1}]' });
    const echoed = await request(`${url}&sid=${sid}`);
    expect(echoed.body).toBe('42["echo","héllo",{"n":1}]');
    const layers = socketIoLayers(bytes(echoed.body), { transport: 'polling' });
    const event = layers.ok ? layers.layers.find((l) => l.protocol === 'socketio') : undefined;
    expect(event?.range).toEqual([1, bytes(echoed.body).length]);
    expect(event?.fields.filter((f) => f.name === 'sio-event-name' || f.name === 'sio-arg').map((f) => f.value)).toEqual(['"echo"', '"héllo"', '{"n":1}']);
  });
});
