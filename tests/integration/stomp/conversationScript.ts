/**
 * The interop conversation (stompConversation.ts) as a simulator script: the
 * same two clients, subscriptions (ids `t` and `q`, ack `client`, receipts
 * `sub-topic-i`, `sub-queue-i`), and SENDs (client 1 first, topic then queue,
 * the last queue SEND with receipt `send-i`; client 2 once client 1 is done).
 * Times are spaced so that each client's sends follow its receipt, as the real
 * conversation waits for it.
 */
import type { StompParams, StompScript } from '../../../src/sim';
import { defaultParams } from '../../../src/sim';

const FIRST_SEND_MS = 1000;
const SEND_GAP_MS = 10;
const CLIENT_GAP_MS = 2000;

/** The script for destinations named after `name`, `perClient` messages to each destination per client. */
export function conversationScript(name: string, perClient: number): StompScript {
  const topic = `/topic/${name}`;
  const queue = `/queue/${name}`;
  const subscriptions = [0, 1].map((i) => [
    { id: 't', destination: topic, ack: 'client' as const, receipt: `sub-topic-${i}` },
    { id: 'q', destination: queue, ack: 'client' as const, receipt: `sub-queue-${i}` },
  ]);
  const sends = [0, 1].flatMap((i) => Array.from({ length: perClient }, (_, k) => {
    const n = k + 1;
    const at = FIRST_SEND_MS + i * CLIENT_GAP_MS + k * 2 * SEND_GAP_MS;
    return [
      { at, client: i, destination: topic, body: `c${i + 1}-topic-${n}`, contentType: 'text/plain' },
      { at: at + SEND_GAP_MS, client: i, destination: queue, body: `c${i + 1}-queue-${n}`, contentType: 'text/plain', ...(n === perClient ? { receipt: `send-${i}` } : {}) },
    ];
  }).flat());
  return { subscriptions, sends };
}

/** Scenario parameters that play the conversation: stompjs's 10 s heart-beats, the live broker's pending limit, disconnect after the last MESSAGE. */
export function conversationParams(name: string, perClient: number): StompParams {
  // The live broker's STOMP_MAX_PENDING default.
  return { ...defaultParams('stomp'), heartBeatMs: 10_000, maxPending: 256, durationMs: FIRST_SEND_MS + 2 * CLIENT_GAP_MS + 1000, script: conversationScript(name, perClient) };
}
