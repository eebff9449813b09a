/**
 * The simulator's timeline for the interop conversation has the same STOMP
 * frames as the embedded broker delivers to two real @stomp/stompjs clients:
 * the same MESSAGE commands, destinations, subscriptions, bodies and
 * content-types in the same order per client, the same RECEIPTs, and
 * DISCONNECT answered by its RECEIPT. (Which of the two clients a queue serves
 * first depends on whose SUBSCRIBE the real broker read first: the two shares
 * are compared as a pair.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/sim';
import { stompFrames } from '../../../src/sim/scenarios/stomp/stompTestHelpers';
import { conversationParams } from './conversationScript';
import { startStompServer, type StompServer } from './startStompServer';
import { stompConversation, type ClientTranscript, type Delivery } from './stompConversation';

const PER_CLIENT = 10;
let embedded: StompServer;
let real: ClientTranscript[];

beforeAll(async () => {
  embedded = await startStompServer();
  real = await stompConversation(embedded.url, 'lab', PER_CLIENT);
}, 60_000);

afterAll(async () => {
  await embedded?.close();
});

const timeline = runScenario('stomp', conversationParams('lab', PER_CLIENT));
const frames = stompFrames(timeline);
const simulated = ['client', 'client-2'].map((actor) => {
  const mine = frames.filter((f) => f.transfer.to === actor && f.arrived);
  const deliveries = (sub: string): Delivery[] => mine
    .filter((f) => f.command === 'MESSAGE' && f.header('subscription') === sub)
    .map((f) => ({ destination: f.header('destination')!, subscription: sub, body: f.body, contentType: f.header('content-type') }));
  const receipts = mine.filter((f) => f.command === 'RECEIPT').map((f) => f.header('receipt-id')!);
  return { topic: deliveries('t'), queue: deliveries('q'), receipts: receipts.filter((r) => !r.startsWith('disconnect')), disconnected: receipts.some((r) => r.startsWith('disconnect')) };
});

describe('the simulated interop conversation against the embedded broker’s', () => {
  it('negotiates STOMP 1.2 in both', () => {
    expect(real.map((t) => t.version)).toEqual(['1.2', '1.2']);
    expect(frames.filter((f) => f.command === 'CONNECTED').map((f) => f.header('version'))).toEqual(['1.2', '1.2']);
  });

  it('delivers the same topic MESSAGEs to each client, in the same order', () => {
    expect(simulated.map((s) => s.topic)).toEqual(real.map((t) => t.topic));
  });

  it('shares the queue the same way: the same two shares, each in the same order', () => {
    const pair = (shares: Delivery[][]) => [...shares].sort((a, b) => (a[0]?.body ?? '').localeCompare(b[0]?.body ?? ''));
    expect(pair(simulated.map((s) => s.queue))).toEqual(pair(real.map((t) => [...t.queue])));
  });

  it('answers the same RECEIPTs in the same order, and DISCONNECT with its RECEIPT', () => {
    expect(simulated.map((s) => s.receipts)).toEqual(real.map((t) => t.receipts));
    expect(simulated.map((s) => s.disconnected)).toEqual(real.map((t) => t.disconnect === 'receipt'));
  });

  it('has each client ACK every MESSAGE it got, as the real clients do', () => {
    for (const actor of ['client', 'client-2']) {
      const got = frames.filter((f) => f.transfer.to === actor && f.command === 'MESSAGE').length;
      expect(frames.filter((f) => f.transfer.from === actor && f.command === 'ACK')).toHaveLength(got);
    }
  });
});
