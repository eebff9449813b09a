/**
 * The broker's rules at /stomp, on the wire: version negotiation, heart-beats
 * as bare EOLs, binary bodies with NUL, ack modes and redelivery, limits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerOf, type StompFrame } from '../../../src/sim/index';
import { rawExchange, TEST_KEY } from '../support/rawWebSocket';
import { pause, within } from '../support/within';
import { errorMessage, RawStompClient } from './rawStompClient';
import { openStompjs } from './stompjsClient';
import { startStompServer, type StompServer } from './startStompServer';

const WAIT = 5000;
let server: StompServer;

beforeAll(async () => {
  server = await startStompServer({ maxSubscriptions: 2, heartBeatMs: 50, closeGraceMs: 500 });
});
afterAll(async () => { await server?.close(); });

const bodies = (frames: readonly StompFrame[]) => frames.filter((f) => f.command === 'MESSAGE').map((f) => new TextDecoder().decode(f.body));

async function until(check: () => boolean, what: string): Promise<void> {
  await within((async () => { while (!check()) await pause(10); })(), WAIT, what);
}

describe('the /stomp broker', () => {
  it('refuses an upgrade without a STOMP subprotocol with 400', async () => {
    const port = Number(new URL(server.url).port);
    const answer = await rawExchange(port, `GET /stomp HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: ${TEST_KEY}\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toMatch(/\r\nSocket-Lab-Error: stompSubprotocolRequired\r\n/);
  });

  it('answers a CONNECT offering only an unknown version with ERROR naming the versions it speaks', async () => {
    const raw = await RawStompClient.open(server.url);
    raw.send('CONNECT\naccept-version:2.0\nhost:/\n\n^@');
    const { frames, code } = await within(raw.closed(), WAIT, 'close');
    expect(headerOf(frames[0]!.headers, 'version')).toBe('1.0,1.1,1.2');
    expect(errorMessage(frames)).toBe('No STOMP version in common: the client offers 2.0, the broker speaks 1.0,1.1,1.2.');
    expect(code).toBe(1002);
  });

  it('negotiates heart-beats and sends them as bare EOLs', async () => {
    const raw = await RawStompClient.open(server.url);
    const connected = await within(raw.connect('0,60'), WAIT, 'CONNECTED');
    expect(headerOf(connected.headers, 'heart-beat')).toBe('50,50');
    const beats: number[] = [];
    raw.onHeartbeat(() => beats.push(Date.now()));
    await until(() => beats.length >= 3, 'three heart-beats');
    raw.terminate();
  });

  it('carries a binary body with NUL bytes from stompjs to stompjs unchanged', async () => {
    const [a, b] = await Promise.all([openStompjs(server.url), openStompjs(server.url)]);
    const got: Uint8Array[] = [];
    const ready = new Promise<void>((resolve) => a.client.watchForReceipt('sub', () => resolve()));
    a.client.subscribe('/topic/bin', (m) => got.push(m.binaryBody), { id: 'b', receipt: 'sub' });
    await within(ready, WAIT, 'SUBSCRIBE receipt');
    b.client.publish({ destination: '/topic/bin', binaryBody: Uint8Array.of(0, 1, 0, 255, 0) });
    await until(() => got.length === 1, 'the MESSAGE');
    expect([...got[0]!]).toEqual([0, 1, 0, 255, 0]);
    await Promise.all([a.disconnect(), b.disconnect()]);
  });

  it('redelivers a queue consumer’s unacknowledged messages to another consumer when it goes away', async () => {
    const [first, second, sender] = await Promise.all([RawStompClient.open(server.url), RawStompClient.open(server.url), RawStompClient.open(server.url)]);
    for (const c of [first, second, sender]) await within(c.connect(), WAIT, 'CONNECTED');
    first.send('SUBSCRIBE\nid:1\ndestination:/queue/redeliver\nack:client-individual\nreceipt:s\n\n^@');
    await within(first.next('RECEIPT'), WAIT, 'RECEIPT');
    for (const n of [1, 2, 3]) sender.send(`SEND\ndestination:/queue/redeliver\n\njob-${n}^@`);
    await until(() => bodies(first.frames).length === 3, 'three messages to the only consumer');
    const ackOf = (f: StompFrame) => headerOf(f.headers, 'ack');
    first.send(`ACK\nid:${ackOf(first.frames.filter((f) => f.command === 'MESSAGE')[1]!)}\n\n^@`);
    second.send('SUBSCRIBE\nid:1\ndestination:/queue/redeliver\nack:auto\n\n^@');
    await pause(50);
    first.terminate();
    await until(() => bodies(second.frames).length === 2, 'the two unacknowledged messages');
    expect(bodies(second.frames)).toEqual(['job-1', 'job-3']);
    second.terminate();
    sender.terminate();
  });

  it('puts a NACKed queue message back', async () => {
    const raw = await RawStompClient.open(server.url);
    await within(raw.connect(), WAIT, 'CONNECTED');
    raw.send('SUBSCRIBE\nid:1\ndestination:/queue/nack\nack:client\n\n^@');
    raw.send('SEND\ndestination:/queue/nack\n\nonce^@');
    await until(() => bodies(raw.frames).length === 1, 'the message');
    raw.send(`NACK\nid:${headerOf(raw.frames.find((f) => f.command === 'MESSAGE')!.headers, 'ack')}\n\n^@`);
    await until(() => bodies(raw.frames).length === 2, 'the message again');
    expect(bodies(raw.frames)).toEqual(['once', 'once']);
    raw.terminate();
  });

  it('ends a connection that subscribes more than the limit allows, with ERROR and the receipt-id', async () => {
    const raw = await RawStompClient.open(server.url);
    await within(raw.connect(), WAIT, 'CONNECTED');
    for (const id of ['1', '2', '3']) raw.send(`SUBSCRIBE\nid:${id}\ndestination:/topic/t${id}\nreceipt:r${id}\n\n^@`);
    const { frames, code } = await within(raw.closed(), WAIT, 'close');
    const error = frames.find((f) => f.command === 'ERROR')!;
    expect(errorMessage(frames)).toBe('A connection may hold at most 2 subscriptions.');
    expect(headerOf(error.headers, 'receipt-id')).toBe('r3');
    expect(code).toBe(1008);
  });
});
