/** A test echo server that sends the bytes back a few at a time, with pauses, so a client that calls recv() once gets only part. */
import { createServer, type Socket } from 'node:net';

/** A running trickle server. */
export interface TrickleEchoServer {
  readonly port: number;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 (a free port) and echoes every connection's bytes in `piece`-byte writes, `gapMs` apart. */
export function startTrickleEchoServer(piece: number, gapMs: number): Promise<TrickleEchoServer> {
  const connections = new Set<Socket>();
  const server = createServer((conn) => {
    connections.add(conn);
    conn.setNoDelay(true); // each write its own segment: no Nagle coalescing of the pieces
    let queue = Buffer.alloc(0);
    let timer: NodeJS.Timeout | undefined;
    const drip = (): void => {
      timer = undefined;
      if (queue.length === 0 || conn.destroyed) return;
      conn.write(queue.subarray(0, piece));
      queue = queue.subarray(piece);
      timer = setTimeout(drip, gapMs);
    };
    conn.on('data', (chunk: Buffer) => {
      queue = Buffer.concat([queue, chunk]);
      if (timer === undefined) drip();
    });
    conn.on('error', () => {}); // a client that gives up early resets the connection; the test reports that, not this
    conn.on('close', () => {
      clearTimeout(timer);
      connections.delete(conn);
    });
  });
  return new Promise((done, fail) => {
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({
        port: typeof address === 'object' && address !== null ? address.port : 0,
        close: () =>
          new Promise((closed) => {
            for (const conn of connections) conn.destroy();
            server.close(() => closed());
          }),
      });
    });
  });
}
