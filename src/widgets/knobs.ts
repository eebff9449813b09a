/**
 * Knobs: the few parameters a lesson lets the reader turn, as one flat record.
 * The same names appear in the parameter form, in embed URLs (`?intervalMs=500`)
 * and in the snippet the Embed button yields, so one table describes them all.
 */
import type { ScenarioName } from '../sim';

/** How one knob is validated and offered in the form. */
export type KnobSpec =
  | { readonly kind: 'int'; readonly min: number; readonly max: number; readonly step: number; readonly default: number; readonly unit: 'ms' | 'perSecond' | 'perMinute' | 'bytes' | 'mbps' | 's' | 'none' }
  | { readonly kind: 'choice'; readonly values: readonly string[]; readonly default: string };

export const knobSpecs = {
  intervalMs: { kind: 'int', min: 50, max: 10_000, step: 50, default: 1000, unit: 'ms' },
  holdTimeoutMs: { kind: 'int', min: 200, max: 60_000, step: 100, default: 3000, unit: 'ms' },
  latencyMs: { kind: 'int', min: 1, max: 1000, step: 1, default: 50, unit: 'ms' },
  jitterMs: { kind: 'int', min: 0, max: 500, step: 1, default: 0, unit: 'ms' },
  eventRate: { kind: 'int', min: 1, max: 50, step: 1, default: 1, unit: 'perSecond' },
  pattern: { kind: 'choice', values: ['periodic', 'random', 'bursts'], default: 'random' },
  mode: { kind: 'choice', values: ['sse', 'chunked'], default: 'sse' },
  headerSet: { kind: 'choice', values: ['browser', 'minimal'], default: 'browser' },
  cookieBytes: { kind: 'int', min: 0, max: 4096, step: 16, default: 0, unit: 'bytes' },
  seed: { kind: 'int', min: 0, max: 2_147_483_647, step: 1, default: 7, unit: 'none' },
  // WebSocket only.
  scheme: { kind: 'choice', values: ['ws', 'wss'], default: 'ws' },
  tcpDetail: { kind: 'choice', values: ['off', 'on'], default: 'off' },
  fault: { kind: 'choice', values: ['none', 'strip-upgrade', 'masked-server-frame', 'invalid-utf8', 'lost-pong', 'tcp-reset'], default: 'none' },
  faultAtMs: { kind: 'int', min: 0, max: 10_000, step: 100, default: 2500, unit: 'ms' },
  // 0: one frame per message. A 125-byte payload still fits the 7-bit length; 126 and up show the 16-bit form.
  fragmentBytes: { kind: 'int', min: 0, max: 65_536, step: 1, default: 0, unit: 'bytes' },
  payloadBytes: { kind: 'int', min: 1, max: 70_000, step: 1, default: 64, unit: 'bytes' },
  clientType: { kind: 'choice', values: ['binary', 'text'], default: 'binary' },
  // permessage-deflate (RFC 7692): off keeps the classic uncompressed frames.
  compression: { kind: 'choice', values: ['off', 'deflate', 'deflate-no-context-takeover'], default: 'off' },
  pingIntervalMs: { kind: 'int', min: 0, max: 30_000, step: 500, default: 4000, unit: 'ms' },
  closeBy: { kind: 'choice', values: ['client', 'server'], default: 'client' },
  closeCode: { kind: 'choice', values: ['1000', '1001', '1008', '1011', '4000'], default: '1000' },
  // STOMP only.
  clients: { kind: 'int', min: 2, max: 4, step: 1, default: 3, unit: 'none' },
  destinationKind: { kind: 'choice', values: ['topic', 'queue'], default: 'topic' },
  ackMode: { kind: 'choice', values: ['client-individual', 'client', 'auto'], default: 'client-individual' },
  messages: { kind: 'int', min: 1, max: 20, step: 1, default: 3, unit: 'none' },
  // stompjs offers 10 s each way; 4 s shows beats inside a lesson's window.
  heartBeatMs: { kind: 'int', min: 0, max: 30_000, step: 500, default: 4000, unit: 'ms' },
  nack: { kind: 'choice', values: ['off', 'first'], default: 'off' },
  stompFault: { kind: 'choice', values: ['none', 'malformed-frame', 'missed-heart-beats', 'never-ack'], default: 'none' },
  // Sockets only (closeBy above is shared: client or server closes first).
  framing: { kind: 'choice', values: ['newline', 'length-prefix', 'none'], default: 'newline' },
  // One message, as the examples send; more show recv() joining and splitting them.
  messageCount: { kind: 'int', min: 1, max: 6, step: 1, default: 1, unit: 'none' },
  mss: { kind: 'int', min: 1, max: 1460, step: 1, default: 1460, unit: 'bytes' },
  recvBytes: { kind: 'int', min: 1, max: 4096, step: 1, default: 1024, unit: 'bytes' },
  halfClose: { kind: 'choice', values: ['off', 'on'], default: 'off' },
  // The widget waits 2·MSL in TIME-WAIT; Linux's 2 × 30 s would leave the animation idle for a minute, so it opens shorter.
  mslMs: { kind: 'int', min: 0, max: 120_000, step: 100, default: 500, unit: 'ms' },
  socketFault: { kind: 'choice', values: ['none', 'refused', 'backlog-full', 'reset'], default: 'none' },
  // Socket.IO and SockJS only.
  sioTransports: { kind: 'choice', values: ['polling,websocket', 'websocket'], default: 'polling,websocket' },
  sioFault: { kind: 'choice', values: ['none', 'upgrade-blocked', 'buffering-proxy', 'missed-pong', 'server-restart', 'no-sticky', 'sticky'], default: 'none' },
  sockjsFault: { kind: 'choice', values: ['none', 'websocket-blocked', 'streaming-buffered'], default: 'none' },
} as const satisfies Record<string, KnobSpec>;

export type KnobName = keyof typeof knobSpecs;
export type Knobs = { -readonly [K in KnobName]: (typeof knobSpecs)[K]['default'] extends number ? number : string };

/** Which knobs each scenario offers, in form order. */
export const scenarioKnobs: Readonly<Record<ScenarioName, readonly KnobName[]>> = {
  polling: ['intervalMs', 'eventRate', 'pattern', 'latencyMs', 'jitterMs', 'headerSet', 'cookieBytes', 'seed'],
  'long-polling': ['holdTimeoutMs', 'eventRate', 'pattern', 'latencyMs', 'jitterMs', 'headerSet', 'cookieBytes', 'seed'],
  streaming: ['mode', 'eventRate', 'pattern', 'latencyMs', 'jitterMs', 'headerSet', 'cookieBytes', 'seed'],
  websocket: [
    'scheme', 'tcpDetail', 'fault', 'faultAtMs', 'payloadBytes', 'fragmentBytes', 'clientType', 'compression', 'pingIntervalMs', 'closeBy', 'closeCode',
    'eventRate', 'pattern', 'latencyMs', 'jitterMs', 'headerSet', 'cookieBytes', 'seed',
  ],
  sockets: ['framing', 'messageCount', 'mss', 'recvBytes', 'halfClose', 'closeBy', 'mslMs', 'socketFault', 'latencyMs', 'jitterMs', 'seed'],
  stomp: ['clients', 'destinationKind', 'ackMode', 'messages', 'payloadBytes', 'heartBeatMs', 'nack', 'stompFault', 'faultAtMs', 'latencyMs', 'jitterMs', 'seed'],
  socketio: ['sioTransports', 'sioFault', 'faultAtMs', 'payloadBytes', 'pingIntervalMs', 'eventRate', 'pattern', 'latencyMs', 'jitterMs', 'seed'],
  sockjs: ['sockjsFault', 'payloadBytes', 'eventRate', 'pattern', 'latencyMs', 'jitterMs', 'seed'],
};

/** Every knob at its default. */
export function defaultKnobs(): Knobs {
  const knobs = {} as Record<string, number | string>;
  for (const [name, spec] of Object.entries(knobSpecs)) knobs[name] = spec.default;
  return knobs as Knobs;
}

/** Validates one raw value against its spec; undefined when it is malformed or out of range. */
export function parseKnobValue(spec: KnobSpec, raw: string): number | string | undefined {
  if (spec.kind === 'choice') return spec.values.includes(raw) ? raw : undefined;
  if (!/^-?\d+$/.test(raw.trim())) return undefined;
  const value = Number(raw);
  return Number.isSafeInteger(value) && value >= spec.min && value <= spec.max ? value : undefined;
}

/** True when `name` is one of the knobs `scenario` offers. */
export function isKnobOf(scenario: ScenarioName, name: string): name is KnobName {
  return (scenarioKnobs[scenario] as readonly string[]).includes(name);
}
