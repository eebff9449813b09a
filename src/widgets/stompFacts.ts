/**
 * The figures the STOMP lesson quotes (/stomp and /ko/stomp), computed at build
 * time from the same runs the widget makes with its default knobs, and from the
 * codecs. Nothing here is typed in.
 */
import { encodeFrame, OPCODE_PING, OPCODE_PONG, runScenario, type Timeline, type Transfer } from '../sim';
import { stompCommandOf, stompLayerBytes } from '../sim/scenarios/stomp/stompLayerBytes';
import { defaultKnobs, type Knobs } from './knobs';
import { toScenarioParams } from './toScenarioParams';
import { layerBytes, layerStack } from '../lib/layers/layerStack';

const GRACE = 2;

function run(overrides: Partial<Knobs> = {}): Timeline {
  return runScenario('stomp', toScenarioParams('stomp', { ...defaultKnobs(), ...overrides }));
}

function commands(timeline: Timeline, command: string): Transfer[] {
  return timeline.transfers.filter((t) => stompCommandOf(t) === command);
}

function first(timeline: Timeline, command: string): Transfer {
  const found = commands(timeline, command)[0];
  if (!found) throw new Error(`stompFacts: no ${command} in the run`);
  return found;
}

/** Bytes of a transfer by layer: WebSocket header, STOMP overhead, body. */
function split(t: Transfer) {
  const stomp = t.layers![1]!;
  const wsHeader = stomp.range[0];
  const body = t.payloadBytes;
  return { total: t.bytes.length, wsHeader, stompOverhead: t.bytes.length - wsHeader - body, body };
}

/** The first SEND of the default run as the lesson's opening figure: its layers, its frame header in hex, its STOMP text unmasked. */
export function stompFigure() {
  const send = first(run(), 'SEND');
  const stack = layerStack(send);
  const start = send.layers![1]!.range[0];
  const unmasked = layerBytes(send, 1).bytes;
  const hex = Array.from(send.bytes.subarray(0, start), (b) => b.toString(16).padStart(2, '0')).join(' ');
  // Line ends and the NUL drawn as visible glyphs, as the inspector's text column draws them.
  const text = new TextDecoder().decode(unmasked.subarray(start)).replace(/\n/g, '\u240a\n').replace(/\0/g, '\u2400');
  return { stack, hex, text, total: send.bytes.length };
}

/** Figures for the STOMP lesson. */
export function stompFacts() {
  const knobs = defaultKnobs();
  const topic = run();
  const queue = run({ destinationKind: 'queue' });
  const auto = run({ ackMode: 'auto' });
  const polling = runScenario('polling', toScenarioParams('polling', knobs));
  const httpAnswer = polling.transfers.find((t) => t.kind === 'http-response' && t.payloadBytes > 0)!;
  const message = split(first(topic, 'MESSAGE'));
  const send = split(first(topic, 'SEND'));
  const ack = first(topic, 'ACK');
  const beat = (from: string) => topic.transfers.find((t) => t.summary.startsWith('heart-beat') && t.from === from)!;
  const queueShares = topic.actors.filter((a) => a.role === 'client').map((a) => commands(queue, 'MESSAGE').filter((m) => m.to === a.id).length);
  const cost = stompLayerBytes(topic);
  const costAuto = stompLayerBytes(auto);
  return {
    clients: knobs.clients,
    messages: knobs.messages,
    payloadBytes: knobs.payloadBytes,
    heartBeatMs: knobs.heartBeatMs,
    graceMs: GRACE * knobs.heartBeatMs,
    message,
    send,
    httpHeadBytes: httpAnswer.headerBytes,
    topicDeliveries: commands(topic, 'MESSAGE').length,
    queueDeliveries: commands(queue, 'MESSAGE').length,
    queueShare: Math.max(...queueShares),
    ackBytes: ack.bytes.length,
    acks: commands(topic, 'ACK').length,
    receipts: commands(topic, 'RECEIPT').length,
    clientBeatBytes: beat('client').bytes.length,
    brokerBeatBytes: beat('broker').bytes.length,
    pingBytes: encodeFrame({ opcode: OPCODE_PING, payload: new Uint8Array(0) }).bytes.length,
    pongBytes: encodeFrame({ opcode: OPCODE_PONG, payload: new Uint8Array(0), maskingKey: [0, 0, 0, 0] }).bytes.length,
    cost,
    costAuto,
  };
}
