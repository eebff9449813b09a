/** Helpers around the `ws` client: open with a time limit, read messages in order, await the close. */
import WebSocket, { type ClientOptions } from 'ws';
import { pause, within } from './within';

/** A received message. */
export interface Received {
  readonly data: Buffer;
  readonly isBinary: boolean;
}

/** A client whose messages are queued from the moment it is created. */
export interface TestSocket {
  readonly ws: WebSocket;
  next(ms?: number): Promise<Received>;
  /** The next text message parsed as JSON. */
  nextJson<T = Record<string, unknown>>(ms?: number): Promise<T>;
  /** Close code and reason, once the connection is closed. */
  readonly closed: Promise<{ readonly code: number; readonly reason: string }>;
}

/** Connects to `url` offering `protocols`; resolves once open (or rejects on refusal). */
export async function openWs(url: string, protocols: string[] = [], options: ClientOptions = {}): Promise<TestSocket> {
  const ws = new WebSocket(url, protocols, options);
  const queue: Received[] = [];
  const waiters: ((r: Received) => void)[] = [];
  ws.on('message', (data: Buffer, isBinary: boolean) => {
    const received = { data, isBinary };
    const waiter = waiters.shift();
    if (waiter) waiter(received);
    else queue.push(received);
  });
  ws.on('error', () => {});
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  await within(new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused with ${res.statusCode}`)));
    ws.once('error', reject);
  }), 2000, `the WebSocket at ${url} to open`);
  const next = (ms = 2000): Promise<Received> => {
    const queued = queue.shift();
    if (queued) return Promise.resolve(queued);
    return within(new Promise<Received>((resolve) => waiters.push(resolve)), ms, 'the next WebSocket message');
  };
  return {
    ws,
    next,
    nextJson: async <T>(ms?: number) => JSON.parse((await next(ms)).data.toString('utf8')) as T,
    closed,
  };
}

// Between round trips, so the steady client is steady rather than a flood.
const STEADY_GAP_MS = 2;

/** What a steady client saw. */
export interface SteadyReport {
  readonly sent: number;
  readonly echoed: number;
  readonly mismatches: number;
}

/**
 * A well-behaved client that keeps sending numbered messages and checking their
 * echoes, one at a time, until stopped (at most `limit` round trips).
 */
export async function steadyEcho(url: string, limit = 5000): Promise<{ stop(): Promise<SteadyReport> }> {
  const client = await openWs(url);
  let running = true;
  let sent = 0;
  let echoed = 0;
  let mismatches = 0;
  const loop = (async () => {
    while (running && sent < limit) {
      const text = `steady ${sent}`;
      client.ws.send(text);
      sent += 1;
      const reply = await client.next(2000);
      if (reply.data.toString() === text && !reply.isBinary) echoed += 1;
      else mismatches += 1;
      await pause(STEADY_GAP_MS);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      client.ws.close();
      return { sent, echoed, mismatches };
    },
  };
}
