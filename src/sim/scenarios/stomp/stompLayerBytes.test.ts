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
    // Six server frames (2-byte header) and two masked client frames (6-byte header) over six deliveries.
    expect(wsHeader).toBeCloseTo((6 * 2 + 2 * 6) / 6, 9);
  });

  it('gives raw WebSocket the same payload and header bytes with no STOMP headers', () => {
    expect(bytes.raw.payload).toBe(bytes.stomp.payload);
    expect(bytes.raw.wsHeader).toBeCloseTo(bytes.stomp.wsHeader, 9);
    expect(bytes.stomp.total - bytes.raw.total).toBeCloseTo(bytes.stomp.stompHeaders, 9);
  });

  it('adds the ACK frames to STOMP’s cost in a client ack mode', () => {
    const acked = stompLayerBytes(runStomp({ ...defaultParams('stomp'), clients: 3, messages: 2, payloadBytes: 32, ackMode: 'client-individual' }));
    expect(acked.stomp.stompHeaders).toBeGreaterThan(bytes.stomp.stompHeaders);
    expect(acked.raw).toEqual(bytes.raw);
  });
});
