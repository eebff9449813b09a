/**
 * The scripted Socket.IO session the transcript tests run twice: on the real
 * socket.io-client against the project's real server (recorded on the wire),
 * and in the simulator with the same options. Each step waits for the
 * previous one's answer, so the real run has the order the script names.
 */
import type { Socket } from 'socket.io-client';
import { DEFAULT_LIVE_CONFIG } from '../../../server/live/liveConfig';
import { defaultParams, type SocketIoFault, type SocketIoParams, type SocketIoTransports } from '../../../src/sim';
import { eventPayload } from '../../../src/sim/events/eventPayload';
import type { SocketLabServer } from '../../../server/createServer';
import { within } from '../support/within';
import { connected, io, nextEvent } from './realtimeClients';

/** The payload size of every event in the script. */
export const SCRIPT_PAYLOAD_BYTES = 40;
const PING_INTERVAL_MS = 25_000;
const PING_TIMEOUT_MS = 20_000;

/** The heartbeat the real server runs the script with (engine.io's defaults: no ping inside the script). */
export const SCRIPT_REALTIME = { pingIntervalMs: PING_INTERVAL_MS, pingTimeoutMs: PING_TIMEOUT_MS };

/** The simulator's parameters for the script: emit with ack at 1 s, a tick (acked) at 2 s, emit at 3 s, disconnect at 4 s. */
export function scriptParams(transports: SocketIoTransports, fault: SocketIoFault): SocketIoParams {
  return {
    ...defaultParams('socketio'),
    transports,
    fault,
    pingIntervalMs: PING_INTERVAL_MS,
    pingTimeoutMs: PING_TIMEOUT_MS,
    maxPayload: DEFAULT_LIVE_CONFIG.maxPayloadBytes,
    payloadBytes: SCRIPT_PAYLOAD_BYTES,
    events: { kind: 'list', times: [2000] },
    clientEmits: [{ at: 1000, ack: true }, { at: 3000, ack: false }],
    tickAck: true,
    durationMs: 4000,
  };
}

/** Runs the script on the real client against `lab` at `http`. */
export async function runRealScript(lab: SocketLabServer, http: string, transports: SocketIoTransports, blocked: boolean): Promise<void> {
  let serverSocket: { emit(event: string, ...args: unknown[]): void } | undefined;
  lab.realtime.socketIo.io.on('connection', (s) => { serverSocket = s; });
  const socket: Socket = io(http, {
    transports: transports.split(','), reconnection: false, forceNew: true, ...(blocked ? { query: { block: 'websocket' } } : {}),
  });
  socket.on('tick', (_data: unknown, ack: () => void) => ack());
  const upgradeDone = transports === 'polling,websocket'
    ? new Promise<void>((resolve) => socket.io.on('open', () => {
      socket.io.engine.once('upgrade', () => resolve());
      socket.io.engine.once('upgradeError', () => resolve());
    }))
    : Promise.resolve();
  await connected(socket);
  await within(upgradeDone, 3000, 'the upgrade (or its refusal)');
  const payload = (id: number) => JSON.parse(eventPayload(id, SCRIPT_PAYLOAD_BYTES)) as unknown;
  await within(new Promise((resolve) => socket.emit('echo', payload(1000), resolve)), 3000, 'the ack of the first emit');
  await within(new Promise((resolve) => serverSocket!.emit('tick', payload(0), resolve)), 3000, 'the ack of the tick');
  const echo = nextEvent(socket, 'echo');
  socket.emit('echo', payload(1001));
  await echo;
  socket.disconnect();
  // The close travels: let the server read it and answer before the recording is read.
  await new Promise((r) => setTimeout(r, 300));
}
