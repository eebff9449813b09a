import { describe, expect, it } from 'vitest';
import { socketIoFacts, socketIoScenarioFacts } from './socketIoFacts';

describe('socketIoFacts', () => {
  const facts = socketIoFacts();

  it('frames "hello" as 11 bytes from a client and 7 from a server on a raw WebSocket', () => {
    expect(facts.raw).toEqual({ client: 11, server: 7 });
  });

  it('carries the same text as 42["chat","hello"] inside the frame with Socket.IO', () => {
    expect(facts.sioEvent).toBe('2["chat","hello"]');
    expect(facts.sio).toEqual({ client: 6 + 18, server: 2 + 18 });
    expect(facts.extra).toEqual({ client: 13, server: 13 });
  });

  it('counts an engine.io ping as a 3-byte frame and its pong as 7 from the client', () => {
    expect(facts.heartbeat).toMatchObject({ sioPing: 3, sioPong: 7, wsPing: 2, wsPong: 6, intervalS: 25, timeoutS: 20 });
  });

  it('sizes the open packet from the live server\'s real settings', () => {
    expect(facts.openPacketBytes).toBe(1 + '{"sid":"FEWyVNC2aqDmKNWVAAAB","upgrades":["websocket"],"pingInterval":25000,"pingTimeout":20000,"maxPayload":65536}'.length);
    expect(facts.connectBytes).toBe(2);
  });
});

describe('socketIoScenarioFacts', () => {
  const { costs, latency } = socketIoScenarioFacts();

  it('costs more to set up Socket.IO than a raw WebSocket, and far more per event when the upgrade is blocked', () => {
    expect(costs['socketio-websocket'].setupBytes).toBeGreaterThan(costs.websocket.setupBytes);
    expect(costs['socketio-polling'].bytesPerEvent).toBeGreaterThan(5 * costs['socketio-websocket'].bytesPerEvent);
  });

  it('delivers the same events later on polling than after the upgrade, which is no faster than a raw WebSocket', () => {
    expect(latency.blocked).toBeGreaterThan(latency.sio);
    expect(latency.sio).toBeGreaterThanOrEqual(latency.ws);
  });
});
