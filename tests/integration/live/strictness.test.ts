/** Strict where RFC 6455 is and ws is not: 1002 for a 64-bit length with its top bit set, 1007 at the first invalid UTF-8 byte, and a subprotocol list with empty elements refused by the project's own 400. */
import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE_INVALID_PAYLOAD, CLOSE_POLICY_VIOLATION, CLOSE_PROTOCOL_ERROR, encodeFrame, OPCODE_BINARY, OPCODE_PING, OPCODE_TEXT, parseClosePayload, type Opcode } from '../../../src/sim/index';
import { rawExchange, RawWebSocket, TEST_KEY } from '../support/rawWebSocket';
import { startLiveServer, type StartedServer } from '../support/startLiveServer';
import { pause, within } from '../support/within';

const KEY = [0x37, 0xfa, 0x21, 0x3d];
const LAB = [{ name: 'Sec-WebSocket-Protocol', value: 'socketlab.v1' }];

let server: StartedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const masked = (opcode: Opcode, payload: Uint8Array | string, fin = true) =>
  encodeFrame({ opcode, fin, payload: typeof payload === 'string' ? Buffer.from(payload) : payload, maskingKey: KEY }).bytes;
// 82 ff: FIN binary, MASK, 64-bit length; then a length with its top bit set, a key and a few bytes.
const MSB_FRAME = Buffer.from([0x82, 0xff, 0x80, 0, 0, 0, 0, 0, 0, 5, 1, 2, 3, 4, 9, 9, 9, 9, 9]);

/** Every frame up to the Close: the text messages, then the close code and reason. */
async function untilClose(raw: RawWebSocket): Promise<{ texts: string[]; code: number; reason: string }> {
  const texts: string[] = [];
  for (;;) {
    const frame = await raw.nextFrame();
    if (frame.opcode === 0x8) {
      const close = parseClosePayload(frame.payload);
      return { texts, code: close.ok ? close.code : -1, reason: close.ok ? close.reason : '' };
    }
    texts.push(Buffer.from(frame.payload).toString('utf8'));
  }
}

describe('a 64-bit length with its most significant bit set', () => {
  it('is closed with 1002 (RFC 6455 §5.2), after the echo of the message before it in the same write', async () => {
    server = await startLiveServer();
    const raw = await RawWebSocket.open(server.port);
    raw.send(Buffer.concat([masked(OPCODE_TEXT, 'before'), MSB_FRAME]));
    const { texts, code } = await untilClose(raw);
    expect(texts).toEqual(['before']);
    expect(code).toBe(CLOSE_PROTOCOL_ERROR);
    await within(raw.closed, 3000, 'the connection to end');
  });

  it('is reported by the frame mirror as a 1002 error before the Close', async () => {
    server = await startLiveServer();
    const raw = await RawWebSocket.open(server.port, '/ws?mirror=1', LAB);
    await raw.nextFrame(); // hello
    raw.send(MSB_FRAME);
    const { texts, code } = await untilClose(raw);
    expect(texts.map((t) => JSON.parse(t) as Record<string, unknown>)).toMatchObject([{ type: 'mirror-error', error: { code: 'WS_ERR_UNSUPPORTED_DATA_PAYLOAD_LENGTH', closeCode: CLOSE_PROTOCOL_ERROR, offset: 2 } }]);
    expect(code).toBe(CLOSE_PROTOCOL_ERROR);
  });
});

describe('invalid UTF-8 inside an unfinished fragmented text message', () => {
  it('is closed with 1007 at once, without waiting for the final fragment', async () => {
    server = await startLiveServer();
    const raw = await RawWebSocket.open(server.port);
    // First fragment (FIN 0): "ok" then C0, a byte that never starts valid UTF-8. No final fragment is ever sent.
    raw.send(masked(OPCODE_TEXT, Uint8Array.of(0x6f, 0x6b, 0xc0), false));
    const started = Date.now();
    const { texts, code } = await untilClose(raw);
    expect(texts).toEqual([]);
    expect(code).toBe(CLOSE_INVALID_PAYLOAD);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('is found when the bad byte arrives in a later fragment, the earlier ones valid', async () => {
    server = await startLiveServer();
    const raw = await RawWebSocket.open(server.port);
    raw.send(masked(OPCODE_TEXT, Uint8Array.of(0xe2, 0x82), false)); // the start of "€"
    await pause(50);
    raw.send(masked(0x0, Uint8Array.of(0x28), false)); // not a continuation byte
    expect((await untilClose(raw)).code).toBe(CLOSE_INVALID_PAYLOAD);
  });

  it('leaves valid fragmented text and binary alone', async () => {
    server = await startLiveServer();
    const raw = await RawWebSocket.open(server.port);
    raw.send(masked(OPCODE_TEXT, Uint8Array.of(0xe2, 0x82), false));
    await pause(20);
    raw.send(masked(0x0, Uint8Array.of(0xac), true));
    raw.send(masked(OPCODE_BINARY, Uint8Array.of(0xc0, 0xff)));
    const euro = await raw.nextFrame();
    expect(Buffer.from(euro.payload).toString('utf8')).toBe('€');
    expect(Array.from((await raw.nextFrame()).payload)).toEqual([0xc0, 0xff]);
    raw.destroy();
  });
});

describe('a subprotocol list with empty elements', () => {
  it('is refused with the project\'s own 400 and its error header', async () => {
    server = await startLiveServer();
    const head = [
      'GET /ws HTTP/1.1', `Host: 127.0.0.1:${server.port}`, 'Upgrade: websocket', 'Connection: Upgrade',
      `Sec-WebSocket-Key: ${TEST_KEY}`, 'Sec-WebSocket-Version: 13', 'Sec-WebSocket-Protocol: a, , ,', '', '',
    ].join('\r\n');
    const answer = await rawExchange(server.port, head);
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
    expect(answer).toMatch(/\r\nSocket-Lab-Error: badSubprotocolList\r\n/i);
  });
});

describe('a client that pings without reading the pongs', () => {
  it('is closed with 1008 once too many pongs wait for it, not dropped without a word', async () => {
    server = await startLiveServer({ maxPendingPongs: 8, closeGraceMs: 5000 });
    const raw = await RawWebSocket.open(server.port);
    raw.socket.pause();
    // 125-byte pings, enough that the pongs fill the loopback buffers and wait in the server.
    const ping = masked(OPCODE_PING, new Uint8Array(125).fill(0x70));
    const burst = Buffer.concat(Array.from({ length: 2000 }, () => ping));
    for (let i = 0; i < 40; i++) raw.send(burst);
    await pause(500);
    raw.socket.resume();
    expect(await raw.closeCode(5000)).toBe(CLOSE_POLICY_VIOLATION);
    raw.destroy();
  });
});
