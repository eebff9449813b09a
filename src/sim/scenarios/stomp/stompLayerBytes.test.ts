import { describe, expect, it } from 'vitest';
import { defaultParams } from '../defaultParams';
import { runStomp } from './runStomp';
import { stompLayerBytes } from './stompLayerBytes';

describe('stompLayerBytes', () => {
  const timeline = runStomp({ ...defaultParams('stomp'), clients: 3, messages: 2, payloadBytes: 32, ackMode: 'auto' });
  const bytes = stompLayerBytes(timeline);

  it('counts each MESSAGE that reached a subscriber once', () => {
    expect(bytes.delivered).toBe(6);
  });

  it('splits STOMP’s bytes per message into WebSocket header, STOMP headers and payload that add up', () => {
    const { wsHeader, stompHeaders, payload, total } = bytes.stomp;
    expect(wsHeader + stompHeaders + payload).toBeCloseTo(total, 9);
    // Two SENDs of 32 bytes and six MESSAGEs of 32 bytes over six deliveries.
    expect(payload).toBeCloseTo((8 * 32) / 6, 9);
    // Six MESSAGEs of more than 125 bytes (a 4-byte header with its 16-bit length) and two masked SENDs (6 or 8) over six deliveries.
    const sends = timeline.transfers.filter((t) => t.summary.startsWith('SEND')).reduce((s, t) => s + t.layers![1]!.range[0], 0);
    expect(wsHeader).toBeCloseTo((6 * 4 + sends) / 6, 9);
  });

  it('gives raw WebSocket the same payload in short frames: 2-byte headers down, 6 up, no STOMP headers', () => {
    expect(bytes.raw.payload).toBe(bytes.stomp.payload);
    expect(bytes.raw.wsHeader).toBeCloseTo((6 * 2 + 2 * 6) / 6, 9);
    expect(bytes.raw.total).toBeCloseTo(bytes.raw.wsHeader + bytes.raw.payload, 9);
  });

  it('adds the ACK frames to STOMP’s cost in a client ack mode', () => {
    const acked = stompLayerBytes(runStomp({ ...defaultParams('stomp'), clients: 3, messages: 2, payloadBytes: 32, ackMode: 'client-individual' }));
    expect(acked.stomp.stompHeaders).toBeGreaterThan(bytes.stomp.stompHeaders);
    expect(acked.raw).toEqual(bytes.raw);
  });
});
