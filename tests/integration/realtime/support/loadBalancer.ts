/**
 * A minimal HTTP load balancer in front of two nodes, for the stickiness
 * test: `round-robin` sends each request to the next node (what a balancer
 * without session affinity does), `sticky` pins each client address to one
 * node (nginx's ip_hash). Plain HTTP only: the clients behind it poll.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How requests are spread. */
export type Balancing = 'round-robin' | 'sticky';

/** A running balancer. */
export interface LoadBalancer {
  readonly http: string;
  /** Which node (index into the ports given) served each request, in order. */
  readonly served: number[];
  /** Each answer as it passed through: the node, the status and the body text (in the order answers ended). */
  readonly answers: { node: number; status: number; body: string }[];
  close(): Promise<void>;
}

/** Listens on a free loopback port and forwards every request to one of `ports`. */
export async function startLoadBalancer(ports: readonly number[], balancing: Balancing): Promise<LoadBalancer> {
  const served: number[] = [];
  const answers: LoadBalancer['answers'] = [];
  const pinned = new Map<string, number>();
  let next = 0;
  const server: Server = createServer((req, res) => {
    const address = req.socket.remoteAddress ?? '';
    const node = balancing === 'sticky' ? pinned.get(address) ?? pinned.set(address, next++ % ports.length).get(address)! : next++ % ports.length;
    served.push(node);
    const upstream = request({ host: '127.0.0.1', port: ports[node], method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => answers.push({ node, status: answer.statusCode ?? 502, body: Buffer.concat(chunks).toString() }));
      answer.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    http: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    served,
    answers,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
