/** The lab request that lets a page see a real ping: the server pings, the client's own pong shows in the mirror. */
import { afterEach, describe, expect, it } from 'vitest';
import { startLiveServer, type StartedServer } from '../support/startLiveServer';
import { within } from '../support/within';
import { openWs } from '../support/wsClient';

let server: StartedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

type Lab = { type: string; data?: string; frame?: { opcodeName: string; masked: boolean; payloadLength: number }; error?: string };

describe('the socketlab.v1 ping request', () => {
  it('sends a Ping frame with the data, says so, and mirrors the pong the client answered with', async () => {
    server = await startLiveServer();
    const client = await openWs(`${server.ws}?mirror=1`, ['socketlab.v1']);
    expect((await client.nextJson<Lab>()).type).toBe('hello');
    const ping = new Promise<Buffer>((resolve) => client.ws.once('ping', resolve));
    client.ws.send(JSON.stringify({ request: 'ping', data: 'are you there?' }));
    // ws answers the ping with a pong by itself, as a browser does.
    expect((await within(ping, 2000, 'the ping')).toString()).toBe('are you there?');
    expect(await client.nextJson<Lab>()).toMatchObject({ type: 'pinged', data: 'are you there?' });
    const reports: Lab[] = [await client.nextJson<Lab>(), await client.nextJson<Lab>()];
    expect(reports.map((r) => r.frame?.opcodeName)).toEqual(['text', 'pong']);
    expect(reports[1]!.frame).toMatchObject({ masked: true, payloadLength: 14 });
    client.ws.close();
  });

  it('refuses a ping payload over 125 bytes and keeps the connection', async () => {
    server = await startLiveServer();
    const client = await openWs(server.ws, ['socketlab.v1']);
    await client.nextJson();
    client.ws.send(JSON.stringify({ request: 'ping', data: 'x'.repeat(126) }));
    expect(await client.nextJson<Lab>()).toMatchObject({ type: 'request-error', error: 'controlPayloadTooLong' });
    client.ws.send('still here');
    expect(await client.nextJson<Lab>()).toMatchObject({ type: 'echo', data: 'still here' });
    client.ws.close();
  });

  it('echoes JSON that is not a request like any other text', async () => {
    server = await startLiveServer();
    const client = await openWs(server.ws, ['socketlab.v1']);
    await client.nextJson();
    client.ws.send('{"request":"pong"}');
    expect(await client.nextJson<Lab>()).toMatchObject({ type: 'echo', data: '{"request":"pong"}' });
    client.ws.close();
  });
});
