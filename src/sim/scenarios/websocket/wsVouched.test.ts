// The client takes the server's clean frames as the messages they are (VouchedFrame, MessageReader.skipVouchedMessage)
// instead of reading their bytes, and those bytes are written only on first read. Both shortcuts must change nothing:
// a run whose client reads every frame from its bytes gives the same timeline, byte for byte, for every fault.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bytesToHex } from '../../ws/hex';
import { MessageReader } from '../../ws/messageReader';
import { agreementOf } from '../../ws/permessageDeflate/negotiateDeflate';
import { defaultParams } from '../defaultParams';
import { runWebSocket } from '../runWebSocket';
import { SCENARIO_FAULTS } from '../scenarioFaults';
import type { WebSocketParams, WsCompression } from '../scenarioParams';
import { plainStep, plainTransfer } from '../../timeline/plainTimeline';
import type { Timeline } from '../../timeline/types';
import { VouchedFrame } from '../webSocketMessages';

/** Everything a reader sees of a timeline, bytes as hex (reading them writes the deferred ones). */
function serialise(timeline: Timeline): string {
  // plainTransfer/plainStep: most fields are getters a spread would leave out (times, kinds, actors).
  const transfers = timeline.transfers.map((t) => ({ ...plainTransfer(t), bytes: bytesToHex(t.bytes) }));
  const steps = timeline.steps.map((s) => {
    const plain = plainStep(s) as unknown as Record<string, unknown>;
    return 'transfer' in plain ? { ...plain, transfer: (plain.transfer as { id: number }).id } : plain;
  });
  return JSON.stringify({ transfers, steps, holds: timeline.holds, events: timeline.events, metrics: timeline.metrics, duration: timeline.duration });
}

const params = (compression: WsCompression, fault: WebSocketParams['fault'], over: Partial<WebSocketParams> = {}): WebSocketParams => ({
  ...defaultParams('websocket'),
  events: { kind: 'periodic', periodMs: 150, count: 40 },
  durationMs: 7000,
  clientMessageType: 'text',
  compression,
  fault,
  ...over,
});

const CASES = (['off', 'deflate', 'deflate-no-context-takeover'] as const).flatMap((compression) =>
  SCENARIO_FAULTS.websocket.flatMap((fault) => [
    [compression, fault, {}],
    // Fragments (never vouched) between vouched messages, and payloads past the 7-bit length form.
    [compression, fault, { fragmentBytes: 90, payloadBytes: 140, seed: 3 }],
  ] as const));

describe('vouched server frames', () => {
  afterEach(() => { vi.restoreAllMocks(); });

  it.each(CASES)('give the timeline of a client that reads every frame (%s, %s, %j)', (compression, fault, over) => {
    const p = params(compression, fault, over);
    const spy = vi.spyOn(MessageReader.prototype, 'skipVouchedMessage');
    const fast = serialise(runWebSocket(p));
    const vouchedCalls = spy.mock.calls.length;
    spy.mockReturnValue(false);
    const read = serialise(runWebSocket(p));
    expect(fast).toBe(read);
    // Every case vouches for some frames, but the strip-upgrade fault (never open) and plain text fragmented throughout.
    expect(vouchedCalls > 0).toBe(fault !== 'strip-upgrade' && !(compression === 'off' && 'fragmentBytes' in over));
  });

  it('are read back by a client MessageReader as the events they carry, compressed or not', () => {
    for (const compression of ['off', 'deflate', 'deflate-no-context-takeover'] as const) {
      const timeline = runWebSocket(params(compression, 'none'));
      const fresh = compression !== 'deflate';
      const deflate = compression === 'off' ? undefined : agreementOf({ serverNoContextTakeover: fresh, clientNoContextTakeover: fresh });
      const reader = new MessageReader({ role: 'client', ...(deflate ? { deflate } : {}) });
      const toClient = timeline.transfers.filter((t) => t.kind === 'ws-frame' && t.to === 'client').sort((a, b) => a.arrivedAt - b.arrivedAt);
      const texts = toClient.flatMap((t) => reader.push(t.bytes)).flatMap((e) => (e.kind === 'message' ? [new TextDecoder().decode(e.data)] : e.kind === 'error' ? ['error'] : []));
      expect(texts).toEqual(timeline.events.filter((e) => e.deliveredAt !== undefined).map((e) => e.payload));
    }
  });

  it('know their sizes before their bytes are written: header and payload as the codec writes them', () => {
    for (const payload of ['', 'a', 'x'.repeat(125), 'x'.repeat(126), 'ü'.repeat(40_000), 'x'.repeat(70_000)]) {
      const frame = new VouchedFrame(1, payload);
      const { bytes } = frame.encode();
      expect([frame.headerBytes + frame.payloadBytes, frame.wire.length]).toEqual([bytes.length, bytes.length]);
      expect(frame.payloadBytes).toBe(new TextEncoder().encode(payload).length);
    }
  });
});
