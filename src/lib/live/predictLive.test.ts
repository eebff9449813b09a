import { describe, expect, it } from 'vitest';
import { predictLive, type PredictionInput } from './predictLive';

const base: PredictionInput = {
  technique: 'polling', rttMs: 10, eventTimesMs: [1000, 2000], durationMs: 3000, pollIntervalMs: 300, holdTimeoutMs: 5000, payloadBytes: 100,
};

describe('predictLive', () => {
  it('charges a poll answer’s event with the measured request head, the given response head and the body', () => {
    const headers = [{ name: 'Content-Type', value: 'application/json' }];
    const prediction = predictLive({ ...base, requestHeadBytes: 400, responseHeaders: headers });
    // 400 request + "HTTP/1.1 200 OK\r\n" 17 + "Content-Type: application/json\r\n" 32 + "Content-Length: 100\r\n" 21 + CRLF 2 + body 100.
    expect(prediction.bytesPerMessage).toBe(400 + 17 + 32 + 21 + 2 + 100);
  });

  it('runs the link at half the measured round trip', () => {
    const prediction = predictLive({ ...base, technique: 'long-polling' });
    expect(prediction.oneWayLatencyMs).toBe(5);
    // A held long poll answers each event as it happens: one one-way trip later (plus serialization).
    for (const latency of prediction.latencies) expect(latency).toBeGreaterThanOrEqual(5);
    expect(prediction.latencies).toHaveLength(2);
  });

  it('predicts a WebSocket message as its frame: 2 header bytes for a short payload', () => {
    expect(predictLive({ ...base, technique: 'websocket' }).bytesPerMessage).toBe(102);
  });

  it('predicts a compressed WebSocket message as the frame of its compressed payload (permessage-deflate agreed)', () => {
    expect(predictLive({ ...base, technique: 'websocket', compressedPayloadBytes: 40 }).bytesPerMessage).toBe(42);
  });

  it('predicts an SSE event as its block in a chunk of its own', () => {
    // Event ids 0 and 1: "id: 0\ndata: " 12 + 100 + "\n\n" 2 = 114 = 0x72: "72\r\n" 4 + 114 + CRLF 2.
    expect(predictLive({ ...base, technique: 'sse' }).bytesPerMessage).toBe(120);
  });
});
