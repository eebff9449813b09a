/**
 * Transcript tests: a real socket.io-client ↔ socket.io session on a loopback port, recorded on the
 * wire (HTTP exchanges with their engine.io payloads, WebSocket messages with their packets; sids
 * normalised, cache-busters and ports left out), equals the simulator's timeline for the same options.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runScenario, timelineRecords, transcriptLanes, type SocketIoFault, type SocketIoTransports } from '../../../src/sim';
import { startRealtimeServer } from './startRealtimeServer';
import { recordWire } from './wireRecorder';
import { runRealScript, SCRIPT_REALTIME, scriptParams } from './socketIoSession';

/** The WebSocket's own set-up time on a network with latency (see recordWire). */
const UPGRADE_DELAY_MS = 50;

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

const CASES: readonly [string, SocketIoTransports, SocketIoFault][] = [
  ['the default path: polling, then the upgrade to WebSocket', 'polling,websocket', 'none'],
  ['websocket only', 'websocket', 'none'],
  ['the upgrade blocked (the session stays on polling)', 'polling,websocket', 'upgrade-blocked'],
];

describe('a real Socket.IO session and the simulator', () => {
  it.each(CASES)('exchange the same packets in every lane: %s', async (_, transports, fault) => {
    const server = await startRealtimeServer(SCRIPT_REALTIME);
    close = server.close;
    const recording = recordWire(server.lab.server, '/socket.io/', UPGRADE_DELAY_MS);
    await runRealScript(server.lab, server.http, transports, fault === 'upgrade-blocked');
    const real = transcriptLanes(recording.records, 'engineio');
    const simulated = transcriptLanes(timelineRecords(runScenario('socketio', scriptParams(transports, fault))), 'engineio');
    expect(simulated).toEqual(real);
    // Not an empty agreement: the session did its work on the wire.
    expect(Object.values(real).flat().length).toBeGreaterThan(8);
  });
});
