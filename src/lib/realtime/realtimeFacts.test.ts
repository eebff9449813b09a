import { describe, expect, it } from 'vitest';
import { encodeFrame } from '../../sim/ws/encodeFrame';
import { OPCODE_TEXT } from '../../sim/ws/opcodes';
import { realtimeFacts } from './realtimeFacts';

const PAYLOAD = 64;
const facts = realtimeFacts(PAYLOAD);
const cost = (technique: string) => facts.find((f) => f.technique === technique)!;

describe('realtimeFacts', () => {
  it('costs a raw WebSocket exactly one unmasked frame per event: 2 header bytes and the payload', () => {
    const frame = encodeFrame({ opcode: OPCODE_TEXT, payload: new Uint8Array(PAYLOAD) });
    expect(cost('websocket').bytesPerEvent).toBe(frame.bytes.length);
    expect(cost('websocket').overheadPerEvent).toBe(2);
  });

  it('adds Socket.IO’s framing to each event on a WebSocket: 42["tick",…] is 11 bytes more than the payload', () => {
    // "4" (engine.io message) + "2" (EVENT) + '["tick",' + ']' around the payload.
    expect(cost('socketio-websocket').bytesPerEvent - cost('websocket').bytesPerEvent).toBe(11);
  });

  it('costs a whole HTTP exchange per event when Socket.IO polls, hundreds of bytes more than a frame', () => {
    expect(cost('socketio-polling').bytesPerEvent).toBeGreaterThan(10 * cost('socketio-websocket').overheadPerEvent + cost('websocket').bytesPerEvent);
  });

  it('starts Socket.IO with more requests than a raw WebSocket (handshake poll, CONNECT, probe) and SockJS with /info first', () => {
    expect(cost('websocket').setupRequests).toBe(1);
    expect(cost('socketio-websocket').setupRequests).toBe(5);
    expect(cost('sockjs-websocket').setupRequests).toBe(2);
  });

  it('pays the 2 KiB prelude once on xhr-streaming, and then only a chunk per event', () => {
    expect(cost('sockjs-xhr-streaming').setupBytes).toBeGreaterThan(2048);
    expect(cost('sockjs-xhr-streaming').bytesPerEvent).toBeLessThan(cost('sockjs-xhr-polling').bytesPerEvent);
  });
});
