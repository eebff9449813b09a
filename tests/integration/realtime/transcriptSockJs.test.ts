/**
 * Transcript tests: a real sockjs-client ↔ sockjs-node session on a loopback port, recorded on the wire
 * (/info, the upgrade, WebSocket messages, or the xhr_streaming answer and the xhr_send POSTs; session
 * ids and cache-busters left out), equals the simulator's timeline for the same options.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runScenario, timelineRecords, transcriptLanes } from '../../../src/sim';
import { startRealtimeServer } from './startRealtimeServer';
import { recordWire } from './wireRecorder';
import { runRealSockJsScript, sockJsScriptParams } from './sockJsSession';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe('a real SockJS session and the simulator', () => {
  it.each([
    ['WebSocket allowed: the first rung of the ladder', false, 'websocket'],
    ['WebSocket blocked: the client falls back to xhr-streaming', true, 'xhr-streaming'],
  ] as const)('exchange the same frames in every lane: %s', async (_, blocked, transport) => {
    const server = await startRealtimeServer({});
    close = server.close;
    const recording = recordWire(server.lab.server, '/sockjs/');
    expect(await runRealSockJsScript(server.http, blocked)).toBe(transport);
    const real = transcriptLanes(recording.records, 'sockjs');
    const simulated = transcriptLanes(timelineRecords(runScenario('sockjs', sockJsScriptParams(blocked ? 'websocket-blocked' : 'none'))), 'sockjs');
    expect(simulated).toEqual(real);
    expect(Object.keys(real)).toContain(blocked ? 'xhr_streaming' : 'ws down');
  });
});
