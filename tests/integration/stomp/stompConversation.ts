/**
 * The conversation the interop test holds with any STOMP-over-WebSocket
 * broker, through two real @stomp/stompjs clients: CONNECT; SUBSCRIBE (ack
 * `client`, with a RECEIPT) to a topic and a queue; SEND ×N from each client
 * (the last one with a RECEIPT); MESSAGE fan-out; an ACK per message;
 * DISCONNECT with a RECEIPT. It returns what each client saw, broker-specific
 * header values (ids, session, server) left out.
 */
import type { IMessage } from '@stomp/stompjs';
import { within } from '../support/within';
import { openStompjs, type TestClient } from './stompjsClient';

/** One delivered MESSAGE, reduced to what every broker must agree on. */
export interface Delivery {
  readonly destination: string;
  readonly subscription: string;
  readonly body: string;
  readonly contentType: string | undefined;
}

/** What one client saw. */
export interface ClientTranscript {
  readonly version: string;
  readonly topic: readonly Delivery[];
  readonly queue: readonly Delivery[];
  /** receipt-ids of the RECEIPT frames, in arrival order. */
  readonly receipts: readonly string[];
  /** How DISCONNECT (with a receipt) ended: its RECEIPT came back, or the broker closed the socket without one. */
  readonly disconnect: 'receipt' | 'closed';
}

const WAIT = 15_000;

/** Runs the conversation against `url` with destinations named after `name`. */
export async function stompConversation(url: string, name: string, perClient: number): Promise<ClientTranscript[]> {
  const topic = `/topic/${name}`;
  const queue = `/queue/${name}`;
  const clients = await within(Promise.all([openStompjs(url), openStompjs(url)]), WAIT, 'both clients to connect');
  const receipts: string[][] = [[], []];
  const received = (c: TestClient, id: string) => c.received.get(id) ?? [];
  const ack = (m: IMessage) => m.ack();

  const receipt = (i: number, id: string) => new Promise<void>((resolve) => clients[i]!.client.watchForReceipt(id, () => { receipts[i]!.push(id); resolve(); }));

  await Promise.all(clients.map(async (c, i) => {
    const subscribed = Promise.all([receipt(i, `sub-topic-${i}`), receipt(i, `sub-queue-${i}`)]);
    c.subscribe('t', topic, { ack: 'client', receipt: `sub-topic-${i}` }, ack);
    c.subscribe('q', queue, { ack: 'client', receipt: `sub-queue-${i}` }, ack);
    await within(subscribed, WAIT, 'SUBSCRIBE receipts');
  }));

  // One client after the other, so every broker has one order to keep.
  for (const [i, c] of clients.entries()) {
    const done = receipt(i, `send-${i}`);
    for (let n = 1; n <= perClient; n++) {
      const last = n === perClient;
      c.client.publish({ destination: topic, body: `c${i + 1}-topic-${n}`, headers: { 'content-type': 'text/plain' } });
      c.client.publish({ destination: queue, body: `c${i + 1}-queue-${n}`, headers: { 'content-type': 'text/plain', ...(last ? { receipt: `send-${i}` } : {}) } });
    }
    await within(done, WAIT, 'the last SEND’s receipt');
  }

  const total = 2 * perClient;
  await within((async () => {
    while (clients.some((c) => received(c, 't').length < total) || received(clients[0]!, 'q').length + received(clients[1]!, 'q').length < total) {
      await new Promise((r) => setTimeout(r, 20));
    }
  })(), WAIT, 'every MESSAGE');
  await new Promise((r) => setTimeout(r, 200)); // a duplicate would arrive now

  const reduce = (m: IMessage): Delivery => ({ destination: m.headers.destination!, subscription: m.headers.subscription!, body: m.body, contentType: m.headers['content-type'] });
  const transcripts: ClientTranscript[] = [];
  for (const [i, c] of clients.entries()) {
    const disconnected = await within(c.disconnect(), WAIT, 'DISCONNECT’s receipt or the close');
    transcripts.push({
      version: c.connected.headers.version!,
      topic: received(c, 't').map(reduce),
      queue: received(c, 'q').map(reduce),
      receipts: receipts[i]!,
      disconnect: disconnected?.command === 'RECEIPT' ? 'receipt' : 'closed',
    });
  }
  return transcripts;
}
