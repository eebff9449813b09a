/**
 * Protocol violations get the right close code or HTTP status, and a
 * well-behaved client connected at the same time keeps getting every echo.
 */
import { connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildHandshakeRequest, CLOSE_INVALID_PAYLOAD, CLOSE_MESSAGE_TOO_BIG, CLOSE_PROTOCOL_ERROR, encodeFrame, OPCODE_PING, OPCODE_TEXT, type Opcode,
} from '../../../src/sim/index';
import { rawExchange, RawWebSocket, TEST_KEY } from '../support/rawWebSocket';
import { startLiveServer, type StartedServer } from '../support/startLiveServer';
import { pause, within } from '../support/within';
import { steadyEcho, type SteadyReport } from '../support/wsClient';

const KEY = [0x37, 0xfa, 0x21, 0x3d];
const MAX_PAYLOAD = 1024;
const HANDSHAKE_TIMEOUT = 200;
// RFC 6455 §5.2: 0x3 is a reserved (non-control) opcode.
const RESERVED_OPCODE = 0x3 as Opcode;

let server: StartedServer;
let steady: { stop(): Promise<SteadyReport> };

beforeEach(async () => {
  server = await startLiveServer({ maxPayloadBytes: MAX_PAYLOAD, handshakeTimeoutMs: HANDSHAKE_TIMEOUT });
  steady = await steadyEcho(server.ws);
  await pause(20);
});

afterEach(async () => {
  // Let the steady client run a little past the misbehaviour, then check it lost nothing.
  await pause(50);
  const report = await steady.stop();
  await server.close();
  expect(report.sent).toBeGreaterThan(5);
  expect(report.mismatches).toBe(0);
  expect(report.echoed).toBe(report.sent);
});

const text = (payload: string, options: { mask?: boolean; opcode?: Opcode } = {}) =>
  encodeFrame({ opcode: options.opcode ?? OPCODE_TEXT, payload: Buffer.from(payload), ...(options.mask === false ? {} : { maskingKey: KEY }) }).bytes;

describe('frames a server must reject', () => {
  it('closes with 1002 on an unmasked client frame', async () => {
    const raw = await RawWebSocket.open(server.port);
    raw.send(text('not masked', { mask: false }));
    expect(await raw.closeCode()).toBe(CLOSE_PROTOCOL_ERROR);
    await within(raw.closed, 2000, 'the server to close the TCP connection');
  });

  it('closes with 1007 on a text message that is not UTF-8', async () => {
    const raw = await RawWebSocket.open(server.port);
    raw.send(encodeFrame({ opcode: OPCODE_TEXT, payload: new Uint8Array([0x68, 0xc3, 0x28]), maskingKey: KEY }).bytes);
    expect(await raw.closeCode()).toBe(CLOSE_INVALID_PAYLOAD);
  });

  it('closes with 1009 on a frame over the payload limit', async () => {
    const raw = await RawWebSocket.open(server.port);
    raw.send(text('x'.repeat(MAX_PAYLOAD + 1)));
    expect(await raw.closeCode()).toBe(CLOSE_MESSAGE_TOO_BIG);
  });

  it('closes with 1009 as soon as a header announces too much, before the payload arrives', async () => {
    const raw = await RawWebSocket.open(server.port);
    const frame = text('y'.repeat(MAX_PAYLOAD * 4));
    raw.send(frame.subarray(0, 8));
    expect(await raw.closeCode()).toBe(CLOSE_MESSAGE_TOO_BIG);
  });

  it('closes with 1002 on a reserved opcode', async () => {
    const raw = await RawWebSocket.open(server.port);
    raw.send(text('?', { opcode: RESERVED_OPCODE }));
    expect(await raw.closeCode()).toBe(CLOSE_PROTOCOL_ERROR);
  });

  it('closes with 1002 on a ping longer than 125 bytes', async () => {
    const raw = await RawWebSocket.open(server.port);
    raw.send(text('p'.repeat(126), { opcode: OPCODE_PING }));
    expect(await raw.closeCode()).toBe(CLOSE_PROTOCOL_ERROR);
  });
});

describe('handshakes a server must refuse', () => {
  const handshake = (port: number, init: Partial<Parameters<typeof buildHandshakeRequest>[0]> = {}) =>
    buildHandshakeRequest({ host: `127.0.0.1:${port}`, path: '/ws', key: TEST_KEY, ...init }).bytes;

  it('answers 426 naming version 13 when Sec-WebSocket-Version is not 13', async () => {
    const answer = await rawExchange(server.port, handshake(server.port, { version: '8' }));
    expect(answer).toMatch(/^HTTP\/1\.1 426 Upgrade Required\r\n/);
    expect(answer).toMatch(/\r\nSec-WebSocket-Version: 13\r\n/);
  });

  it('answers 400 to an upgrade without a Sec-WebSocket-Key', async () => {
    const answer = await rawExchange(server.port, `GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toMatch(/\r\nSocket-Lab-Error: missingKey\r\n/);
  });

  it('answers 404 to an upgrade on another path', async () => {
    const answer = await rawExchange(server.port, handshake(server.port, { path: '/elsewhere' }));
    expect(answer).toMatch(/^HTTP\/1\.1 404 /);
  });

  it('answers 426 to a plain GET of /ws', async () => {
    const res = await fetch(`${server.http}/ws`);
    expect(res.status).toBe(426);
    expect(res.headers.get('upgrade')).toBe('websocket');
  });

  it('answers 400 to a garbage request line', async () => {
    const answer = await rawExchange(server.port, 'HELLO THERE, SERVER\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
  });

  it('drops a handshake that never finishes after the handshake time-out', async () => {
    const socket = connect(server.port, '127.0.0.1');
    socket.on('error', () => {});
    const started = Date.now();
    socket.write(`GET /ws HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nUpgrade: websocket\r\n`);
    await within(new Promise((resolve) => socket.on('close', resolve)), 3000, 'the server to drop the connection');
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(HANDSHAKE_TIMEOUT - 20);
    expect(waited).toBeLessThan(HANDSHAKE_TIMEOUT + 800);
  });

  it('drops a connection that sends nothing after the handshake time-out', async () => {
    const socket = connect(server.port, '127.0.0.1');
    socket.on('error', () => {});
    const started = Date.now();
    await within(new Promise((resolve) => socket.on('close', resolve)), 3000, 'the server to drop the connection');
    expect(Date.now() - started).toBeGreaterThanOrEqual(HANDSHAKE_TIMEOUT - 20);
  });

  it('keeps a slow but complete handshake', async () => {
    const socket = connect(server.port, '127.0.0.1');
    socket.on('error', () => {});
    const bytes = handshake(server.port);
    let answer = '';
    socket.on('data', (chunk: Buffer) => { answer += chunk.toString('latin1'); });
    socket.write(bytes.subarray(0, 30));
    await pause(HANDSHAKE_TIMEOUT / 2);
    socket.write(bytes.subarray(30));
    await within((async () => { while (!answer.includes('\r\n\r\n')) await pause(10); })(), 2000, 'the 101 answer');
    expect(answer).toMatch(/^HTTP\/1\.1 101 /);
    // Past the handshake the time-out no longer applies.
    await pause(HANDSHAKE_TIMEOUT * 1.5);
    expect(socket.destroyed).toBe(false);
    socket.destroy();
  });
});
