// The WebSocket scenario's compression knob: the 101 accepts permessage-deflate, data frames carry RSV1 and
// compressed payloads both ways, both ends inflate them, and context takeover makes repeats cheaper.
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../bytes/utf8';
import { decodeFrame } from '../../ws/decodeFrame';
import { MessageReader } from '../../ws/messageReader';
import { acceptDeflateResponse } from '../../ws/permessageDeflate/negotiateDeflate';
import type { Timeline, Transfer } from '../../timeline/types';
import { defaultParams } from '../defaultParams';
import { runWebSocket } from '../runWebSocket';
import type { WebSocketParams, WsCompression } from '../scenarioParams';

const params = (compression: WsCompression, over: Partial<WebSocketParams> = {}): WebSocketParams => ({
  ...defaultParams('websocket'),
  network: { latencyMs: 50, jitterMs: 0, bandwidthBps: 8_000_000, setup: 'none' },
  events: { kind: 'periodic', periodMs: 500 },
  durationMs: 5000,
  clientMessages: [1000, 2000, 3000],
  pingIntervalMs: 0,
  payloadBytes: 200,
  compression,
  ...over,
});
const extensionsOf = (t: Timeline) => decodeUtf8(t.transfers[1]!.bytes).match(/^Sec-WebSocket-Extensions: (.*)\r$/im)?.[1];
const dataFrames = (t: Timeline, from: string) => t.transfers.filter((x) => x.kind === 'ws-frame' && x.from === from && (x.bytes[0]! & 0x0f) <= 2);
const wireBytes = (frames: readonly Transfer[]) => frames.reduce((n, f) => n + f.bytes.length, 0);

/** Every server data message, inflated by a client reader with the agreement the 101 states. */
function inflatedServerMessages(t: Timeline): string[] {
  const agreed = acceptDeflateResponse(extensionsOf(t));
  if (!agreed.ok || !agreed.agreement) throw new Error('no agreement');
  const reader = new MessageReader({ role: 'client', deflate: agreed.agreement });
  return dataFrames(t, 'server').flatMap((f) => reader.push(f.bytes)).map((e) => (e.kind === 'message' ? decodeUtf8(e.data) : e.kind));
}

describe('runWebSocket with compression', () => {
  it("accepts Chromium's offer with a bare permessage-deflate and sets RSV1 on every data frame both ways", () => {
    const t = runWebSocket(params('deflate'));
    expect(extensionsOf(t)).toBe('permessage-deflate');
    const all = [...dataFrames(t, 'server'), ...dataFrames(t, 'client')];
    expect(all.length).toBeGreaterThan(10);
    for (const f of all) expect(f.bytes[0]! & 0x40, f.summary).toBe(0x40);
    expect(t.steps.some((s) => s.kind === 'ws-close' && s.close.wasClean)).toBe(true);
  });

  it('sends the same messages as without compression, in fewer bytes', () => {
    const off = runWebSocket(params('off'));
    const on = runWebSocket(params('deflate'));
    expect(extensionsOf(off)).toBeUndefined();
    const plain = dataFrames(off, 'server').map((f) => decodeUtf8(decodeFrame(f.bytes, { role: 'client' }).ok ? (decodeFrame(f.bytes, { role: 'client' }) as { frame: { payload: Uint8Array } }).frame.payload : new Uint8Array()));
    expect(inflatedServerMessages(on)).toEqual(plain);
    expect(wireBytes(dataFrames(on, 'server'))).toBeLessThan(wireBytes(dataFrames(off, 'server')) / 2);
  });

  it('asks for no context takeover both ways, which costs bytes on similar messages', () => {
    const fresh = runWebSocket(params('deflate-no-context-takeover'));
    expect(extensionsOf(fresh)).toBe('permessage-deflate; server_no_context_takeover; client_no_context_takeover');
    expect(inflatedServerMessages(fresh).length).toBe(dataFrames(fresh, 'server').length);
    expect(wireBytes(dataFrames(fresh, 'server'))).toBeGreaterThan(wireBytes(dataFrames(runWebSocket(params('deflate')), 'server')));
  });

  it('still fails the connection with 1007 when the server compresses invalid UTF-8 (the fault)', () => {
    const t = runWebSocket(params('deflate', { fault: 'invalid-utf8', faultAtMs: 1000 }));
    const client = t.steps.flatMap((s) => (s.kind === 'ws-close' && s.actor === 'client' ? [s.close] : []));
    expect(client[0]).toMatchObject({ sentCode: 1007 });
  });

  it('fragments the compressed payload and marks only the first fragment with RSV1', () => {
    const t = runWebSocket(params('deflate', { fragmentBytes: 20, payloadBytes: 2000, clientMessages: [] }));
    const frames = dataFrames(t, 'server');
    const firsts = frames.filter((f) => (f.bytes[0]! & 0x0f) !== 0);
    const continuations = frames.filter((f) => (f.bytes[0]! & 0x0f) === 0);
    expect(continuations.length).toBeGreaterThan(0);
    for (const f of firsts) expect(f.bytes[0]! & 0x40).toBe(0x40);
    for (const f of continuations) expect(f.bytes[0]! & 0x40).toBe(0);
    expect(inflatedServerMessages(t).length).toBe(firsts.length);
  });
});
