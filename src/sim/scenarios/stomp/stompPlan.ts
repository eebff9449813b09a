/**
 * The conversation a STOMP run plays: what each client subscribes to and who
 * sends what when — either the params' exact `script` (the interop test's
 * conversation) or the one the knobs describe: every client subscribes to one
 * destination, the first client sends `messages` messages spread over the window.
 */
import { createPrng } from '../../engine/createPrng';
import { deriveSeed } from '../../engine/deriveSeed';
import { eventPayload } from '../../events/eventPayload';
import type { StompParams, StompScript, StompSendSpec } from '../scenarioParams';

export const MIN_CLIENTS = 2;
export const MAX_CLIENTS = 4;
/** Destinations the knobs' conversation uses. */
export const TOPIC = '/topic/prices';
export const QUEUE = '/queue/jobs';
// The first send waits for every client to connect and subscribe (two round trips each); the last leaves room before DISCONNECT.
const FIRST_SEND_FRACTION = 0.15;
const LAST_SEND_FRACTION = 0.75;
// A person clicking Send is not a metronome: each send moves by up to this much, from the seed.
const SEND_JITTER_MS = 150;

/** The number of clients, clamped to 2–4. */
export function clientCount(params: StompParams): number {
  const n = params.script?.subscriptions.length ?? params.clients;
  return Math.min(MAX_CLIENTS, Math.max(MIN_CLIENTS, Math.floor(Number.isFinite(n) ? n : MIN_CLIENTS)));
}

/** The script a run plays, sends sorted by time (ties keep their order). */
export function stompPlan(params: StompParams): StompScript {
  if (params.script) {
    const sends = [...params.script.sends].sort((a, b) => a.at - b.at);
    return { subscriptions: params.script.subscriptions.slice(0, clientCount(params)), sends };
  }
  const n = clientCount(params);
  const destination = params.destinationKind === 'queue' ? QUEUE : TOPIC;
  const subscriptions = Array.from({ length: n }, (_, i) => [{ id: 'sub-0', destination, ack: params.ackMode, receipt: `sub-${i}` }]);
  const prng = createPrng(deriveSeed(params.seed, 'stomp-sends'));
  const count = Math.max(0, Math.floor(params.messages));
  const first = params.durationMs * FIRST_SEND_FRACTION;
  const span = params.durationMs * (LAST_SEND_FRACTION - FIRST_SEND_FRACTION);
  const sends: StompSendSpec[] = [];
  for (let k = 0; k < count; k++) {
    const base = count === 1 ? first : first + (span * k) / (count - 1);
    const at = Math.round(base + prng.nextFloat(0, SEND_JITTER_MS));
    const body = eventPayload(k, params.payloadBytes);
    // The last SEND asks for a RECEIPT: the sender learns the broker has routed everything.
    // Every spec has the same fields (receipt undefined but present): one hidden class where the driver reads them.
    sends.push({ at, client: 0, destination, body, contentType: 'application/json', receipt: k === count - 1 ? 'last-send' : undefined });
  }
  return { subscriptions, sends };
}
