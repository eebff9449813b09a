/** Graceful shutdown: WebSockets get 1001, held requests and streams are ended, and close() resolves. */
import { connect } from 'node:net';
import { expect, it } from 'vitest';
import { CLOSE_GOING_AWAY } from '../../../src/sim/index';
import { openNdjson } from '../support/ndjsonReader';
import { RawWebSocket } from '../support/rawWebSocket';
import { openSse } from '../support/sseReader';
import { startLiveServer } from '../support/startLiveServer';
import { pause, within } from '../support/within';
import { openWs } from '../support/wsClient';

it('closes every WebSocket with 1001 and ends held requests and streams', async () => {
  const server = await startLiveServer();
  const plain = await openWs(server.ws);
  const lab = await openWs(`${server.ws}?session=sd1`, ['socketlab.v1']);
  const longPoll = fetch(`${server.http}/api/long-poll?session=sd1&rate=0&timeout=20000`).then((r) => r.json() as Promise<{ reason: string }>);
  const sse = await openSse(`${server.http}/api/sse?session=sd1`);
  await sse.next(); // hello
  const stream = await openNdjson(`${server.http}/api/stream?session=sd1`);
  await stream.next(); // hello
  await pause(50);

  const started = Date.now();
  await within(server.close(), 5000, 'close() to resolve');
  expect(Date.now() - started).toBeLessThan(2000);

  expect(await within(plain.closed, 1000, 'the plain socket to close')).toEqual({ code: CLOSE_GOING_AWAY, reason: 'server shutting down' });
  expect((await within(lab.closed, 1000, 'the lab socket to close')).code).toBe(CLOSE_GOING_AWAY);
  expect((await within(longPoll, 1000, 'the long poll answer')).reason).toBe('shutdown');
  const end = await sse.next(1000);
  expect(end.event).toBe('end');
  expect(JSON.parse(end.data)).toMatchObject({ reason: 'shutdown' });
  await within(sse.ended, 1000, 'the SSE response to end');
  expect(await stream.next(1000)).toMatchObject({ type: 'end', reason: 'shutdown' });
  await within(stream.ended, 1000, 'the stream to end');
});

it('does not wait past the close grace for a client that never answers the Close frame', async () => {
  const server = await startLiveServer({ closeGraceMs: 300 });
  const raw = await RawWebSocket.open(server.port);
  const started = Date.now();
  await within(server.close(), 3000, 'close() to resolve');
  expect(Date.now() - started).toBeLessThan(1500);
  expect(await raw.closeCode()).toBe(CLOSE_GOING_AWAY);
  await within(raw.closed, 1000, 'the socket to be dropped');
});

it('takes one close grace, not two, when a request head is half sent and a WebSocket never answers', async () => {
  const server = await startLiveServer({ closeGraceMs: 400 });
  const half = connect(server.port, '127.0.0.1');
  half.on('error', () => {});
  await new Promise((resolve) => half.once('connect', resolve));
  half.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n');
  const silent = connect(server.port, '127.0.0.1');
  silent.on('error', () => {});
  const raw = await RawWebSocket.open(server.port);
  await pause(50);
  const started = Date.now();
  await within(server.close(), 3000, 'close() to resolve');
  // Before: 400 ms for the WebSocket, then 400 more waiting for the half-sent head.
  expect(Date.now() - started).toBeLessThan(700);
  expect(await raw.closeCode()).toBe(CLOSE_GOING_AWAY);
  half.destroy();
  silent.destroy();
});

it('refuses new connections once closed', async () => {
  const server = await startLiveServer();
  await server.close();
  const socket = connect(server.port, '127.0.0.1');
  const outcome = await within(new Promise<string>((resolve) => {
    socket.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
    socket.on('connect', () => resolve('connected'));
  }), 2000, 'the connection attempt');
  socket.destroy();
  expect(outcome).toBe('ECONNREFUSED');
});
