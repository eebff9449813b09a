/** The frame mirror: socketlab.v1 with ?mirror=1 reports each received frame exactly as it arrived, after the server's answer to it. */
import { afterEach, describe, expect, it } from 'vitest';
import {
  bytesToHex, CLOSE_PROTOCOL_ERROR, encodeClosePayload, encodeFrame, OPCODE_BINARY, OPCODE_CLOSE, OPCODE_CONTINUATION, OPCODE_PING, OPCODE_PONG, OPCODE_TEXT,
  parseClosePayload, type Opcode, type WsFrame,
} from '../../../src/sim/index';
import { RawWebSocket } from '../support/rawWebSocket';
import { startLiveServer, type StartedServer } from '../support/startLiveServer';
import { pause } from '../support/within';

const KEY = [0x37, 0xfa, 0x21, 0x3d];
const LAB = [{ name: 'Sec-WebSocket-Protocol', value: 'socketlab.v1' }];

let server: StartedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const json = (frame: WsFrame) => JSON.parse(Buffer.from(frame.payload).toString('utf8')) as Record<string, any>;

async function openMirror(): Promise<RawWebSocket> {
  server = await startLiveServer();
  const raw = await RawWebSocket.open(server.port, '/ws?mirror=1', LAB);
  expect(json(await raw.nextFrame())).toMatchObject({ type: 'hello', mirror: true });
  return raw;
}

describe('the frame mirror', () => {
  it('reports a text frame after its echo, with every header field and the raw header bytes', async () => {
    const raw = await openMirror();
    const sent = encodeFrame({ opcode: OPCODE_TEXT, payload: Buffer.from('Hello'), maskingKey: KEY }).bytes;
    raw.send(sent);
    expect(json(await raw.nextFrame())).toMatchObject({ type: 'echo', data: 'Hello' });
    const { type, frame } = json(await raw.nextFrame());
    expect(type).toBe('mirror');
    expect(frame).toMatchObject({
      index: 0, offset: 0, fin: true, rsv1: false, rsv2: false, rsv3: false, opcode: OPCODE_TEXT, opcodeName: 'text',
      masked: true, maskingKey: '37 fa 21 3d', lengthEncoding: '7-bit', payloadLength: 5, headerLength: 6,
      headerHex: bytesToHex(sent.subarray(0, 6)), payloadHex: bytesToHex(Buffer.from('Hello')),
    });
    raw.destroy();
  });

  it('shows a length written in a longer form than needed exactly as it was sent', async () => {
    const raw = await openMirror();
    const sent = encodeFrame({ opcode: OPCODE_BINARY, payload: new Uint8Array([1, 2, 3]), maskingKey: KEY }, { lengthForm: '64-bit' }).bytes;
    raw.send(sent);
    expect([...(await raw.nextFrame()).payload]).toEqual([1, 2, 3]);
    const { frame } = json(await raw.nextFrame());
    expect(frame).toMatchObject({ lengthEncoding: '64-bit', headerLength: 14, payloadLength: 3, headerHex: bytesToHex(sent.subarray(0, 14)) });
    raw.destroy();
  });

  it('reads frames split across many TCP writes the same as whole ones', async () => {
    const raw = await openMirror();
    const sent = encodeFrame({ opcode: OPCODE_TEXT, payload: Buffer.from('x'.repeat(300)), maskingKey: KEY }).bytes;
    raw.socket.setNoDelay(true);
    for (let i = 0; i < 10; i++) {
      raw.send(sent.subarray(i, i + 1));
      await pause(2);
    }
    raw.send(sent.subarray(10));
    expect(json(await raw.nextFrame()).data).toBe('x'.repeat(300));
    const { frame } = json(await raw.nextFrame());
    expect(frame).toMatchObject({ lengthEncoding: '16-bit', headerLength: 8, payloadLength: 300, headerHex: bytesToHex(sent.subarray(0, 8)) });
    raw.destroy();
  });

  it('reports the fragments of a message, in order, after the message\'s echo', async () => {
    const raw = await openMirror();
    const parts: [Opcode, string, boolean][] = [[OPCODE_TEXT, 'frag', false], [OPCODE_CONTINUATION, 'men', false], [OPCODE_CONTINUATION, 'ted', true]];
    raw.send(Buffer.concat(parts.map(([opcode, text, fin]) => encodeFrame({ opcode, payload: Buffer.from(text), fin, maskingKey: KEY }).bytes)));
    expect(json(await raw.nextFrame()).data).toBe('fragmented');
    const mirrored = [json(await raw.nextFrame()).frame, json(await raw.nextFrame()).frame, json(await raw.nextFrame()).frame];
    expect(mirrored.map((f) => [f.index, f.opcodeName, f.fin])).toEqual([[0, 'text', false], [1, 'continuation', false], [2, 'continuation', true]]);
    raw.destroy();
  });

  it('reports a ping after the pong, and a pong on its own', async () => {
    const raw = await openMirror();
    raw.send(encodeFrame({ opcode: OPCODE_PING, payload: Buffer.from('hi'), maskingKey: KEY }).bytes);
    const pong = await raw.nextFrame();
    expect(pong.opcode).toBe(OPCODE_PONG);
    expect(json(await raw.nextFrame()).frame).toMatchObject({ opcodeName: 'ping', payloadLength: 2 });
    raw.send(encodeFrame({ opcode: OPCODE_PONG, payload: new Uint8Array(0), maskingKey: KEY }).bytes);
    expect(json(await raw.nextFrame()).frame).toMatchObject({ opcodeName: 'pong', index: 1 });
    raw.destroy();
  });

  it('reports a Close frame before the server\'s own Close, which echoes the code', async () => {
    const raw = await openMirror();
    const text = encodeFrame({ opcode: OPCODE_TEXT, payload: Buffer.from('last words'), maskingKey: KEY }).bytes;
    const close = encodeFrame({ opcode: OPCODE_CLOSE, payload: encodeClosePayload(4001, 'bye'), maskingKey: KEY }).bytes;
    // Both in one write: the mirror must still put each report right after the server's answer.
    raw.send(Buffer.concat([text, close]));
    expect(json(await raw.nextFrame()).type).toBe('echo');
    expect(json(await raw.nextFrame()).frame).toMatchObject({ opcodeName: 'text' });
    expect(json(await raw.nextFrame()).frame).toMatchObject({ opcodeName: 'close', close: { code: 4001, reason: 'bye' } });
    const reply = await raw.nextFrame();
    expect(reply.opcode).toBe(OPCODE_CLOSE);
    expect(parseClosePayload(reply.payload)).toMatchObject({ ok: true, code: 4001 });
  });

  it('reports a frame its decoder rejects, then the server fails the connection with the same code', async () => {
    const raw = await openMirror();
    raw.send(encodeFrame({ opcode: 0xb as Opcode, payload: new Uint8Array(0), maskingKey: KEY }).bytes);
    expect(json(await raw.nextFrame())).toMatchObject({ type: 'mirror-error', error: { code: 'WS_ERR_INVALID_OPCODE', closeCode: CLOSE_PROTOCOL_ERROR, offset: 0 } });
    expect(await raw.closeCode()).toBe(CLOSE_PROTOCOL_ERROR);
  });

  it('sends no reports without ?mirror=1', async () => {
    server = await startLiveServer();
    const raw = await RawWebSocket.open(server.port, '/ws', LAB);
    expect(json(await raw.nextFrame())).toMatchObject({ type: 'hello', mirror: false });
    raw.send(encodeFrame({ opcode: OPCODE_TEXT, payload: Buffer.from('a'), maskingKey: KEY }).bytes);
    raw.send(encodeFrame({ opcode: OPCODE_TEXT, payload: Buffer.from('b'), maskingKey: KEY }).bytes);
    expect(json(await raw.nextFrame()).data).toBe('a');
    expect(json(await raw.nextFrame()).data).toBe('b');
    raw.destroy();
  });
});
