/**
 * The figures the Socket.IO lesson quotes, computed at build time with the
 * project's codecs: the same chat event as a raw WebSocket message and as a
 * Socket.IO packet inside an engine.io packet inside a WebSocket frame, the
 * heartbeats of each, and the handshake packets of the server the page's live
 * section talks to (its real settings). Nothing here is typed in.
 */
import { DEFAULT_LIVE_CONFIG } from '../../server/live/liveConfig';
import { DEFAULT_REALTIME_OPTIONS } from '../../server/realtime/realtimeOptions';
import { OPCODE_PING, OPCODE_PONG, OPCODE_TEXT, encodeEngineIoPacket, encodeFrame, encodeOpenPacket, encodeSocketIoPacket, type Opcode } from '../sim';
import { realtimeFacts, type RealtimeCost, type RealtimeTechnique } from '../lib/realtime/realtimeFacts';
import { runScenario } from '../sim';
import { defaultKnobs } from './knobs';
import { pollingFacts } from './lessonFacts';
import { toScenarioParams } from './toScenarioParams';

const EVENT = 2;
const ACK = 3;
const CONNECT = 0;
const MS_PER_SECOND = 1000;
// A client's frames are masked: any key gives the same length.
const MASK = [0x12, 0x34, 0x56, 0x78];
// engine.io's session ids are 20 characters (base64id: 15 random bytes in base64).
const SID = 'FEWyVNC2aqDmKNWVAAAB';

const utf8 = (text: string) => new TextEncoder().encode(text);
const clientFrame = (payload: Uint8Array, opcode: Opcode = OPCODE_TEXT) => encodeFrame({ opcode, payload, maskingKey: MASK }).bytes.length;
const serverFrame = (payload: Uint8Array, opcode: Opcode = OPCODE_TEXT) => encodeFrame({ opcode, payload }).bytes.length;
const engineIoMessage = (socketIoText: string) => encodeEngineIoPacket({ type: 'message', data: socketIoText }, { transport: 'websocket' }).bytes;

/** Figures for /socketio-fallback and its Korean twin. */
export function socketIoFacts() {
  const text = 'hello';
  const event = 'chat';
  const payload = utf8(text);
  const sioEvent = encodeSocketIoPacket({ type: EVENT, nsp: '/', data: [event, text] }).text;
  const sioEventWithAck = encodeSocketIoPacket({ type: EVENT, nsp: '/', id: 0, data: [event, text] }).text;
  const sioAck = encodeSocketIoPacket({ type: ACK, nsp: '/', id: 0, data: [] }).text;
  const eioEvent = engineIoMessage(sioEvent);
  const open = encodeOpenPacket({
    sid: SID,
    upgrades: ['websocket'],
    pingInterval: DEFAULT_REALTIME_OPTIONS.pingIntervalMs,
    pingTimeout: DEFAULT_REALTIME_OPTIONS.pingTimeoutMs,
    maxPayload: DEFAULT_LIVE_CONFIG.maxPayloadBytes,
  });
  const connectAnswer = encodeSocketIoPacket({ type: CONNECT, nsp: '/', data: { sid: SID } }).text;
  const raw = { client: clientFrame(payload), server: serverFrame(payload) };
  const sio = { client: clientFrame(eioEvent), server: serverFrame(eioEvent) };
  const ping = encodeEngineIoPacket({ type: 'ping' }, { transport: 'websocket' }).bytes;
  const pong = encodeEngineIoPacket({ type: 'pong' }, { transport: 'websocket' }).bytes;
  return {
    text,
    event,
    sioEvent,
    payloadBytes: payload.length,
    /** The same message, one frame each way. */
    raw,
    sio,
    /** Bytes Socket.IO adds per message, each way. */
    extra: { client: sio.client - raw.client, server: sio.server - raw.server },
    extraShare: (sio.server / raw.server - 1) * 100,
    withAck: {
      eventBytes: engineIoMessage(sioEventWithAck).length,
      ackBytes: engineIoMessage(sioAck).length,
      ackClientFrame: clientFrame(engineIoMessage(sioAck)),
    },
    heartbeat: {
      intervalS: DEFAULT_REALTIME_OPTIONS.pingIntervalMs / MS_PER_SECOND,
      timeoutS: DEFAULT_REALTIME_OPTIONS.pingTimeoutMs / MS_PER_SECOND,
      sioPing: serverFrame(ping),
      sioPong: clientFrame(pong),
      wsPing: serverFrame(new Uint8Array(0), OPCODE_PING),
      wsPong: clientFrame(new Uint8Array(0), OPCODE_PONG),
    },
    openPacketBytes: encodeEngineIoPacket(open, { transport: 'polling' }).bytes.length,
    connectBytes: engineIoMessage(encodeSocketIoPacket({ type: CONNECT, nsp: '/' }).text).length,
    connectAnswerBytes: engineIoMessage(connectAnswer).length,
    pollRequestBytes: pollingFacts().requestBytes,
  };
}

/**
 * The simulator's side: set-up and per-event bytes of each way of carrying the same events
 * (`realtimeFacts`), and the mean latency of the same events (the widgets' default knobs)
 * over a raw WebSocket, Socket.IO with its upgrade, and Socket.IO with the upgrade blocked.
 */
export function socketIoScenarioFacts() {
  const costs = Object.fromEntries(realtimeFacts().map((c) => [c.technique, c])) as Record<RealtimeTechnique, RealtimeCost>;
  const knobs = defaultKnobs();
  const ws = runScenario('websocket', toScenarioParams('websocket', knobs));
  const sio = runScenario('socketio', toScenarioParams('socketio', knobs));
  const blocked = runScenario('socketio', toScenarioParams('socketio', { ...knobs, sioFault: 'upgrade-blocked' }));
  return {
    costs,
    latency: {
      oneWayMs: knobs.latencyMs,
      events: ws.metrics.events,
      ws: ws.metrics.latency.mean,
      sio: sio.metrics.latency.mean,
      blocked: blocked.metrics.latency.mean,
    },
  };
}
