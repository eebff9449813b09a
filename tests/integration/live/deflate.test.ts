/**
 * permessage-deflate on /ws (LIVE_DEFLATE): off by default; on, the server answers Chromium's offer as ws does,
 * inflates what we compress (past the protocol guard), and the echoes it sends back measure within 2 % of the bytes
 * the simulator's deflater predicts for the same messages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { connect, type Socket } from 'node:net';
import {
  acceptDeflateResponse, buildHandshakeRequest, encodeDeflatedMessage, MessageDeflater, MessageReader, OPCODE_TEXT, deflaterFor,
  type DeflateAgreement,
} from '../../../src/sim/index';
import { startLiveServer, type StartedServer } from '../support/startLiveServer';
import { TEST_KEY } from '../support/rawWebSocket';
import { within } from '../support/within';

const OFFER = 'permessage-deflate; client_max_window_bits';
let server: StartedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface Opened { socket: Socket; extensions: string | undefined; rest: Buffer }

async function open(port: number): Promise<Opened> {
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => {});
  socket.write(buildHandshakeRequest({ host: `127.0.0.1:${port}`, path: '/ws', key: TEST_KEY, extensions: [OFFER] }).bytes);
  return within(new Promise<Opened>((resolve, reject) => {
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer): void => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      socket.off('data', onData);
      const text = head.subarray(0, end).toString('latin1');
      if (!text.startsWith('HTTP/1.1 101')) return reject(new Error(text.split('\r\n')[0]));
      resolve({ socket, extensions: /^sec-websocket-extensions: *(.*)$/im.exec(text)?.[1], rest: head.subarray(end + 4) });
    };
    socket.on('data', onData);
  }), 2000, 'the 101');
}

/** Reads `count` echoed messages; returns their texts and the wire bytes of the frames that carried them. */
async function readEchoes(o: Opened, agreement: DeflateAgreement, count: number): Promise<{ texts: string[]; wireBytes: number; closeCode?: number }> {
  const reader = new MessageReader({ role: 'client', deflate: agreement });
  const texts: string[] = [];
  let wireBytes = 0;
  return within(new Promise((resolve) => {
    const take = (chunk: Buffer): void => {
      wireBytes += chunk.length;
      for (const ev of reader.push(chunk)) {
        if (ev.kind === 'message') texts.push(Buffer.from(ev.data).toString());
        if (ev.kind === 'close') return resolve({ texts, wireBytes, closeCode: ev.code });
      }
      if (texts.length === count) resolve({ texts, wireBytes });
    };
    if (o.rest.length > 0) take(o.rest);
    o.socket.on('data', take);
  }), 3000, 'the echoes');
}

const tick = (i: number) => JSON.stringify({ type: 'tick', seq: i, symbol: 'ACME', price: 100 + (i % 5), note: 'the same keys every time' });

describe('permessage-deflate on /ws', () => {
  it('is declined by default: the 101 carries no Sec-WebSocket-Extensions', async () => {
    server = await startLiveServer();
    const o = await open(server.port);
    expect(o.extensions).toBeUndefined();
    o.socket.destroy();
  });

  it('with LIVE_DEFLATE on, echoes compressed messages measured within 2 % of the predicted bytes', async () => {
    server = await startLiveServer({ deflate: true });
    const o = await open(server.port);
    expect(o.extensions).toBe('permessage-deflate');
    const agreed = acceptDeflateResponse(o.extensions);
    if (!agreed.ok || !agreed.agreement) throw new Error('no agreement');
    const messages = Array.from({ length: 12 }, (_, i) => tick(i));
    const ours = deflaterFor(agreed.agreement, 'client');
    // Each frame in two writes, so the protocol guard sees compressed text arrive in pieces (it must not UTF-8-check it).
    for (const [i, m] of messages.entries()) {
      const bytes = encodeDeflatedMessage(ours, OPCODE_TEXT, Buffer.from(m), [i, 7, 7, 7]).frame.bytes;
      o.socket.write(bytes.subarray(0, 4));
      o.socket.write(bytes.subarray(4));
    }
    const echoes = await readEchoes(o, agreed.agreement, messages.length);
    expect(echoes.texts).toEqual(messages);
    const predictor = deflaterFor(agreed.agreement, 'server');
    const predicted = messages.reduce((n, m) => n + encodeDeflatedMessage(predictor, OPCODE_TEXT, Buffer.from(m)).frame.bytes.length, 0);
    const uncompressed = messages.reduce((n, m) => n + 2 + Buffer.byteLength(m), 0);
    expect(Math.abs(echoes.wireBytes - predicted) / predicted).toBeLessThanOrEqual(0.02);
    expect(echoes.wireBytes).toBeLessThan(uncompressed / 2);
    o.socket.destroy();
  });

  it('with LIVE_DEFLATE on, closes with 1007 when a compressed text inflates to invalid UTF-8', async () => {
    server = await startLiveServer({ deflate: true });
    const o = await open(server.port);
    const agreed = acceptDeflateResponse(o.extensions);
    if (!agreed.ok || !agreed.agreement) throw new Error('no agreement');
    o.socket.write(encodeDeflatedMessage(new MessageDeflater({ contextTakeover: true }), OPCODE_TEXT, Uint8Array.of(0x61, 0xc0, 0xaf), [1, 2, 3, 4]).frame.bytes);
    expect((await readEchoes(o, agreed.agreement, 1)).closeCode).toBe(1007);
    o.socket.destroy();
  });
});
