/**
 * Socket.IO past one machine: with `REDIS_URL` set, every node publishes its
 * broadcasts through Redis (`@socket.io/redis-adapter`), so a client on node B
 * gets what a client on node A broadcast. Broadcasts only: polling clients
 * still need sticky sessions at the load balancer, because an engine.io
 * session lives in one process (another node answers its next request with
 * 400 "Session ID unknown"). Without `REDIS_URL` nothing here runs and
 * `npm start` stays one process with the in-memory adapter.
 */
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import type { Server as SocketIoServer } from 'socket.io';

/** The two Redis connections the adapter holds (one publishes, one subscribes), and how to end them. */
export interface RedisAdapterLink {
  close(): Promise<void>;
}

/** Connects to `url` and makes `io` (every namespace, present and future) broadcast through Redis. */
export async function attachRedisAdapter(io: SocketIoServer, url: string, onError: (error: Error) => void = () => {}, connectTimeoutMs = 10_000): Promise<RedisAdapterLink> {
  const pub = createClient({ url });
  const sub = pub.duplicate();
  // node-redis reconnects by itself; an unhandled 'error' event would end the process instead.
  pub.on('error', onError);
  sub.on('error', onError);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis at ${url} did not answer within ${connectTimeoutMs} ms`)), connectTimeoutMs);
  });
  try {
    await Promise.race([Promise.all([pub.connect(), sub.connect()]), late]);
  } catch (error) {
    for (const client of [pub, sub]) if (client.isOpen) client.destroy();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  io.adapter(createAdapter(pub, sub));
  return {
    async close() {
      await Promise.allSettled([pub.close(), sub.close()]);
    },
  };
}
