/**
 * The figures the Socket.IO / SockJS page states, all from the simulator:
 * what each way of carrying the same server events costs on the wire — the
 * bytes before the first event can flow (handshakes, /info, the upgrade) and
 * the bytes per event once the session runs (frames or chunks, plus the next
 * poll where the transport polls) — next to a raw WebSocket.
 */
import { defaultParams, runScenario, type Timeline } from '../../sim';

/** The ways of carrying events the page compares. */
export type RealtimeTechnique =
  | 'websocket'            // a raw WebSocket: one text frame per event
  | 'socketio-websocket'   // Socket.IO after the upgrade: 42["tick",…] in a frame
  | 'socketio-polling'     // Socket.IO with the upgrade blocked: a poll answer and the next GET per event
  | 'sockjs-websocket'     // SockJS's first rung: a["…"] in a frame
  | 'sockjs-xhr-streaming' // SockJS's second rung: a["…"]\n in a chunk
  | 'sockjs-xhr-polling';  // SockJS's third rung: a poll answer and the next POST per event

/** What one technique costs. */
export interface RealtimeCost {
  readonly technique: RealtimeTechnique;
  /** Bytes both ways before the first event (connection set-up messages, handshakes, /info, probes). */
  readonly setupBytes: number;
  /** HTTP requests before the first event. */
  readonly setupRequests: number;
  /** Bytes on the wire per event in the steady state, both ways. */
  readonly bytesPerEvent: number;
  /** Of those, the bytes that are not the event's own payload. */
  readonly overheadPerEvent: number;
}

const FIRST_EVENT_MS = 3000;
const EVENTS = 4;
const EVENT_GAP_MS = 1000;
// Heartbeats stay out of the window: engine.io's and SockJS's defaults are 25 s.
const QUIET_MS = 60_000;

function measure(technique: RealtimeTechnique, timeline: Timeline, payloadBytes: number): RealtimeCost {
  const before = timeline.transfers.filter((t) => t.sentAt < FIRST_EVENT_MS && t.kind !== 'tcp-segment');
  const windowEnd = FIRST_EVENT_MS + EVENTS * EVENT_GAP_MS;
  const steady = timeline.transfers.filter((t) => t.sentAt >= FIRST_EVENT_MS && t.sentAt < windowEnd && t.kind !== 'tcp-segment');
  const bytes = (ts: typeof steady) => ts.reduce((sum, t) => sum + t.headerBytes + t.payloadBytes, 0);
  const bytesPerEvent = bytes(steady) / EVENTS;
  return {
    technique,
    setupBytes: bytes(before),
    setupRequests: before.filter((t) => t.kind === 'http-request').length,
    bytesPerEvent,
    overheadPerEvent: bytesPerEvent - payloadBytes,
  };
}

/** The cost of each technique for events of `payloadBytes` (same events, same network, for every technique). */
export function realtimeFacts(payloadBytes = 64): readonly RealtimeCost[] {
  const events = { kind: 'periodic', periodMs: EVENT_GAP_MS, startMs: FIRST_EVENT_MS, count: EVENTS } as const;
  const window = { durationMs: FIRST_EVENT_MS + (EVENTS + 1) * EVENT_GAP_MS, events, payloadBytes };
  const ws = runScenario('websocket', { ...defaultParams('websocket'), ...window, clientMessages: [], pingIntervalMs: 0 });
  const sio = (fault: 'none' | 'upgrade-blocked') =>
    runScenario('socketio', { ...defaultParams('socketio'), ...window, clientEmits: [], tickAck: false, pingIntervalMs: QUIET_MS, pingTimeoutMs: QUIET_MS, fault });
  const sockjs = (fault: 'none' | 'websocket-blocked' | 'streaming-buffered') =>
    runScenario('sockjs', { ...defaultParams('sockjs'), ...window, clientMessages: [], heartbeatMs: QUIET_MS, fault });
  return [
    measure('websocket', ws, payloadBytes),
    measure('socketio-websocket', sio('none'), payloadBytes),
    measure('socketio-polling', sio('upgrade-blocked'), payloadBytes),
    measure('sockjs-websocket', sockjs('none'), payloadBytes),
    measure('sockjs-xhr-streaming', sockjs('websocket-blocked'), payloadBytes),
    measure('sockjs-xhr-polling', sockjs('streaming-buffered'), payloadBytes),
  ];
}
