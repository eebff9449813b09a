/**
 * The frame-mirror flood, small enough for CI: connections that open a fragmented
 * message and send thousands of legal empty continuation frames. The mirror's
 * waiting reports stay within their byte budget even with the fragment limit raised,
 * and with the default limit the flood is cut with 1008 (the full-size run is bench/soak.ts).
 */
import { afterEach, expect, it } from 'vitest';
import { encodeFrame, OPCODE_CONTINUATION, OPCODE_TEXT } from '../../../src/sim/index';
import { RawWebSocket } from '../support/rawWebSocket';
import { startLiveServer, type StartedServer } from '../support/startLiveServer';
import { pause, within } from '../support/within';
import { openWs } from '../support/wsClient';

const KEY = [0x37, 0xfa, 0x21, 0x3d];
const LAB = [{ name: 'Sec-WebSocket-Protocol', value: 'socketlab.v1' }];
const CONNECTIONS = 24;
const ADDRESSES = ['127.0.0.10', '127.0.0.11', '127.0.0.12'];
const CONTINUATIONS = 16_000;
const MESSAGE_BUDGET = 64 * 1024;
const MB = 1024 * 1024;

let server: StartedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

it('keeps the mirror within its byte budget under a continuation flood, while a good client loses no echo', async () => {
  // LIVE_MAX_FRAGMENTS raised past the flood, so the mirror's own budget is what holds.
  server = await startLiveServer({ mirrorMessageBytes: MESSAGE_BUDGET, mirrorPendingBytes: 2 * MESSAGE_BUDGET, maxFragments: CONTINUATIONS + 10 });
  const good = await openWs(server.ws, ['echo']);
  const flooders: RawWebSocket[] = [];
  for (let i = 0; i < CONNECTIONS; i++) {
    const raw = await RawWebSocket.open(server.port, '/ws?mirror=1', LAB, ADDRESSES[i % ADDRESSES.length]);
    await raw.nextFrame(); // hello
    flooders.push(raw);
  }
  const open = encodeFrame({ opcode: OPCODE_TEXT, fin: false, payload: new Uint8Array(0), maskingKey: KEY }).bytes;
  const empty = encodeFrame({ opcode: OPCODE_CONTINUATION, fin: false, payload: new Uint8Array(0), maskingKey: KEY }).bytes;
  const flood = Buffer.concat([open, ...Array.from({ length: CONTINUATIONS }, () => empty)]);

  let peakReports = 0;
  let peakHeap = 0;
  const baseline = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    peakReports = Math.max(peakReports, server!.lab.live.stats().mirrorReportBytes);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed - baseline);
  }, 5);
  try {
    for (const raw of flooders) raw.send(flood);
    // The good client, during the flood: every echo comes back, and polls are answered.
    for (let i = 0; i < 200; i++) {
      good.ws.send(`echo ${i}`);
      // Generous limits: CI runs test files side by side on few cores; before the budget the server died here.
      expect((await good.next(10_000)).data.toString()).toBe(`echo ${i}`);
      if (i % 50 === 0) {
        const asked = Date.now();
        const poll = await fetch(`${server.http}/api/poll?session=flood-watch&rate=0`);
        expect(poll.status).toBe(200);
        expect(Date.now() - asked).toBeLessThan(3000);
      }
    }
    await pause(200);
  } finally {
    clearInterval(sampler);
  }
  // Without a budget each connection would hold about 16,000 reports (~9 MB): ~220 MB in all.
  expect(peakReports).toBeLessThanOrEqual(CONNECTIONS * (MESSAGE_BUDGET + 2048));
  expect(peakHeap).toBeLessThan(100 * MB);

  // The messages end: each flooder gets the reports that fit, then one note for the frames past the budget.
  const last = encodeFrame({ opcode: OPCODE_CONTINUATION, fin: true, payload: new Uint8Array(0), maskingKey: KEY }).bytes;
  for (const raw of flooders) raw.send(last);
  for (const raw of flooders) {
    let note: Record<string, unknown> | undefined;
    for (let i = 0; i < 1000 && !note; i++) {
      const message = JSON.parse(Buffer.from((await raw.nextFrame(10_000)).payload).toString('utf8')) as Record<string, unknown>;
      if (message.type === 'mirror-truncated') note = message;
    }
    expect(note).toMatchObject({ limit: 'message', budgetBytes: MESSAGE_BUDGET });
    expect((note!.firstIndex as number) + (note!.frames as number)).toBe(CONTINUATIONS + 2);
    raw.destroy();
  }
  good.ws.close();
  await within(good.closed, 2000, 'the good client to close');
}, 60_000);

it('closes a message split into more than LIVE_MAX_FRAGMENTS frames with 1008, mirror or not', async () => {
  server = await startLiveServer({ maxFragments: 100 });
  const open = encodeFrame({ opcode: OPCODE_TEXT, fin: false, payload: new Uint8Array(0), maskingKey: KEY }).bytes;
  const empty = encodeFrame({ opcode: OPCODE_CONTINUATION, fin: false, payload: new Uint8Array(0), maskingKey: KEY }).bytes;
  const flood = Buffer.concat([open, ...Array.from({ length: 1000 }, () => empty)]);
  for (const [path, headers] of [['/ws', []], ['/ws?mirror=1', LAB]] as const) {
    const raw = await RawWebSocket.open(server.port, path, headers);
    raw.send(flood);
    expect(await raw.closeCode()).toBe(1008);
    raw.destroy();
  }
});
