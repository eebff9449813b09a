/**
 * Interop with a real broker: the same conversation (two @stomp/stompjs
 * clients; CONNECT, SUBSCRIBE to a topic and a queue in `client` ack mode,
 * SEND ×N from both, MESSAGE fan-out, ACK, RECEIPT, DISCONNECT with receipt)
 * against the embedded broker at /stomp and against RabbitMQ 3.10 with
 * rabbitmq_web_stomp, started and stopped by the test. Both must deliver the
 * same commands, destinations, bodies and order (one difference, pinned below:
 * RabbitMQ 3.10 closes on DISCONNECT without its RECEIPT); header values that are each
 * broker's own (message-id, ack, session, server, RabbitMQ's `redelivered`
 * and echoed `receipt`) are left out.
 *
 * Destination semantics line up: in RabbitMQ `/topic/x` publishes to the
 * amq.topic exchange with routing key x and gives each subscriber its own
 * queue (every subscriber gets every message); `/queue/x` is one queue named
 * x whose consumers take turns — the same as the embedded broker's topics and queues.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rabbitInstalled, startRabbit, type RabbitBroker } from './rabbitBroker';
import { startStompServer, type StompServer } from './startStompServer';
import { stompConversation, type ClientTranscript } from './stompConversation';

const PER_CLIENT = 10;
// RabbitMQ took 9–32 s to listen on the shared 2-core machine.
const RABBIT_START_MS = 150_000;

let embedded: StompServer;
let rabbit: RabbitBroker | undefined;
let ours: ClientTranscript[];
let theirs: ClientTranscript[];

beforeAll(async () => {
  expect(rabbitInstalled(), 'Debian’s rabbitmq-server is not installed (bash .ci/run installs it)').toBe(true);
  embedded = await startStompServer();
  [rabbit, ours] = await Promise.all([startRabbit(RABBIT_START_MS), stompConversation(embedded.url, 'lab', PER_CLIENT)]);
  console.log(`RabbitMQ Web-STOMP listened after ${rabbit.startSeconds.toFixed(1)} s`);
  theirs = await stompConversation(rabbit.url, 'lab', PER_CLIENT);
}, RABBIT_START_MS + 60_000);

afterAll(async () => {
  await Promise.all([embedded?.close(), rabbit?.stop()]);
}, 30_000);

const bodies = (prefix: string) => Array.from({ length: PER_CLIENT }, (_, n) => `${prefix}-${n + 1}`);

describe('the same STOMP conversation with the embedded broker and with RabbitMQ', () => {
  it('negotiates STOMP 1.2 with both', () => {
    expect(ours.map((t) => t.version)).toEqual(['1.2', '1.2']);
    expect(theirs.map((t) => t.version)).toEqual(['1.2', '1.2']);
  });

  it('fans every topic message out to both clients, in send order, the same from both brokers', () => {
    const expected = [...bodies('c1-topic'), ...bodies('c2-topic')].map((body) => ({ destination: '/topic/lab', subscription: 't', body, contentType: 'text/plain' }));
    for (const t of [...ours, ...theirs]) expect(t.topic).toEqual(expected);
  });

  it('gives each queue message to exactly one client, each client’s share in send order', () => {
    const all = [...bodies('c1-queue'), ...bodies('c2-queue')];
    for (const transcript of [ours, theirs]) {
      const shares = transcript.map((t) => t.queue.map((d) => d.body));
      expect([...shares[0]!, ...shares[1]!].sort()).toEqual([...all].sort());
      for (const share of shares) expect(share).toEqual(all.filter((b) => share.includes(b)));
      for (const t of transcript) for (const d of t.queue) expect(d).toMatchObject({ destination: '/queue/lab', subscription: 'q', contentType: 'text/plain' });
    }
    // Both brokers take turns between the two consumers.
    expect(ours.map((t) => t.queue.length)).toEqual(theirs.map((t) => t.queue.length));
  });

  it('answers the same receipts, in the same order', () => {
    expect(ours.map((t) => t.receipts)).toEqual(theirs.map((t) => t.receipts));
    expect(ours.map((t) => t.receipts)).toEqual([['sub-topic-0', 'sub-queue-0', 'send-0'], ['sub-topic-1', 'sub-queue-1', 'send-1']]);
  });

  it('answers DISCONNECT’s receipt before closing, where RabbitMQ 3.10 Web-STOMP closes without it', () => {
    // STOMP 1.2 (DISCONNECT): the broker should send the RECEIPT, then close. RabbitMQ 3.10.8's
    // Web-STOMP closes the WebSocket (1000) at once, on every run here; stompjs then ends without it.
    expect(ours.map((t) => t.disconnect)).toEqual(['receipt', 'receipt']);
    expect(theirs.map((t) => t.disconnect)).toEqual(['closed', 'closed']);
  });
});
