/**
 * Bad input to /stomp: each misbehaving client gets an ERROR frame with a
 * readable `message` and the broker closes its connection (or times it out),
 * while two well-behaved @stomp/stompjs clients, connected throughout, keep
 * receiving every message: 0 lost, 0 duplicated, on a topic and a queue.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../../../src/sim/index';
import { pause, within } from '../support/within';
import { errorMessage, RawStompClient } from './rawStompClient';
import { openStompjs, type TestClient } from './stompjsClient';
import { startStompServer, type StompServer } from './startStompServer';

const LIMITS = { maxFrameBytes: 4096, maxHeaders: 64, maxHeaderLineBytes: 1024, maxPendingMessages: 5, frameTimeoutMs: 400, heartBeatMs: 100, closeGraceMs: 500 };
const WAIT = 5000;
const BURST = 5;

let server: StompServer;
let a: TestClient;
let b: TestClient;
let publisher: TestClient;
let sent = 0;

/** The publisher sends `n` messages to the topic and the queue. */
function burst(n = BURST): void {
  for (let i = 0; i < n; i++) {
    sent++;
    publisher.client.publish({ destination: '/topic/feed', body: `feed-${sent}` });
    publisher.client.publish({ destination: '/queue/jobs', body: `job-${sent}` });
  }
}

/** Sends a burst, lets `misbehave` run, sends another burst: the ERROR and the close code it got. */
async function misbehaving(misbehave: (raw: RawStompClient) => Promise<void> | void, options: { connect?: boolean; heartBeat?: string } = {}): Promise<{ message: string | undefined; code: number }> {
  const raw = await RawStompClient.open(server.url);
  if (options.connect !== false) await within(raw.connect(options.heartBeat), WAIT, 'CONNECTED');
  burst();
  await misbehave(raw);
  const ending = await within(raw.closed(), WAIT, 'the broker to close the connection');
  burst();
  return { message: errorMessage(ending.frames), code: ending.code };
}

beforeAll(async () => {
  server = await startStompServer(LIMITS);
  [a, b, publisher] = await Promise.all([openStompjs(server.url), openStompjs(server.url), openStompjs(server.url)]);
  for (const c of [a, b]) {
    c.subscribe('feed', '/topic/feed');
    c.subscribe('jobs', '/queue/jobs');
  }
  // A RECEIPT for the last SUBSCRIBE, so the subscriptions exist before the first message.
  await within(new Promise<void>((resolve) => { b.client.watchForReceipt('ready', () => resolve()); b.client.publish({ destination: '/topic/ignored', headers: { receipt: 'ready' } }); }), WAIT, 'subscriptions');
});

afterAll(async () => {
  await Promise.all([a, b, publisher].map((c) => c?.disconnect()));
  await server?.close();
});

describe('bad input to /stomp', () => {
  it('answers a header line without a colon with ERROR and close 1002', async () => {
    const r = await misbehaving((raw) => raw.send('SEND\ndestination/topic/feed\n\nx^@'));
    expect(r).toEqual({ message: 'The header line “destination/topic/feed” has no colon between name and value.', code: 1002 });
  });

  it('answers an unknown command with ERROR', async () => {
    const r = await misbehaving((raw) => raw.send('PUBLISH\ndestination:/topic/feed\n\nx^@'));
    expect(r).toEqual({ message: '“PUBLISH” is not a STOMP command.', code: 1002 });
  });

  it('answers a frame before CONNECT with ERROR', async () => {
    const r = await misbehaving((raw) => raw.send('SEND\ndestination:/topic/feed\n\nx^@'), { connect: false });
    expect(r).toEqual({ message: 'The first frame must be CONNECT (or STOMP), not SEND.', code: 1002 });
  });

  it('answers SEND without destination with ERROR', async () => {
    const r = await misbehaving((raw) => raw.send('SEND\ncontent-type:text/plain\n\nhello^@'));
    expect(r).toEqual({ message: 'SEND needs a destination header.', code: 1002 });
  });

  it('answers an oversized frame with ERROR and close 1009', async () => {
    const r = await misbehaving((raw) => raw.send(`SEND\ndestination:/topic/feed\n\n${'x'.repeat(5000)}^@`));
    expect(r).toEqual({ message: 'The frame is larger than 4096 bytes.', code: 1009 });
  });

  it('answers 10,000 headers (sent across WebSocket messages) with ERROR after the 64th', async () => {
    const frame = encodeUtf8(`SEND\ndestination:/topic/feed\n${'h:v\n'.repeat(10_000)}\n\0`);
    const r = await misbehaving((raw) => { for (let i = 0; i < frame.length; i += 3000) raw.send(frame.subarray(i, i + 3000)); });
    expect(r).toEqual({ message: 'The frame has more than 64 headers.', code: 1002 });
  });

  it('times out a frame that never ends (no NUL) with ERROR and close 1008', async () => {
    const started = Date.now();
    const r = await misbehaving((raw) => raw.send('SEND\ndestination:/topic/feed\n\nand then nothing'));
    expect(r).toEqual({ message: 'A frame did not end (no NUL byte) within 400 ms.', code: 1008 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
  });

  it('ends a client that promised heart-beats and went silent, with ERROR', async () => {
    const r = await misbehaving(() => {}, { heartBeat: '100,0' });
    expect(r.message).toMatch(/^No heart-beat or frame for \d+ ms\.$/);
    expect(r.code).toBe(1008);
  });

  it('drops a slow consumer that never ACKs once 5 messages wait, with ERROR', async () => {
    const r = await misbehaving(async (raw) => {
      raw.send('SUBSCRIBE\nid:slow\ndestination:/topic/feed\nack:client\nreceipt:r1\n\n^@');
      await within(raw.next('RECEIPT'), WAIT, 'RECEIPT');
      burst(LIMITS.maxPendingMessages + 1);
    });
    expect(r).toEqual({ message: 'Slow consumer: 5 messages are waiting for an ACK on one subscription.', code: 1008 });
  });

  it('kept delivering to the two well-behaved clients: every topic message to each, every queue message to one', async () => {
    const bodies = (c: TestClient, id: string) => c.received.get(id)!.map((m) => m.body);
    await within((async () => {
      while (bodies(a, 'feed').length < sent || bodies(b, 'feed').length < sent || bodies(a, 'jobs').length + bodies(b, 'jobs').length < sent) await pause(20);
    })(), WAIT, 'every message');
    await pause(100); // anything extra (a duplicate) would arrive now
    const expected = Array.from({ length: sent }, (_, i) => `feed-${i + 1}`);
    expect(sent).toBeGreaterThanOrEqual(16 * BURST);
    expect(bodies(a, 'feed')).toEqual(expected);
    expect(bodies(b, 'feed')).toEqual(expected);
    const jobs = [...bodies(a, 'jobs'), ...bodies(b, 'jobs')].sort((x, y) => Number(x.slice(4)) - Number(y.slice(4)));
    expect(jobs).toEqual(Array.from({ length: sent }, (_, i) => `job-${i + 1}`));
    // Round robin: the queue split its messages between the two consumers.
    expect(Math.abs(bodies(a, 'jobs').length - bodies(b, 'jobs').length)).toBeLessThanOrEqual(1);
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    expect(server.lab.stomp.size).toBe(3);
  });
});
