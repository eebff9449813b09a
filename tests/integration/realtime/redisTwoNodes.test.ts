/**
 * Socket.IO past one machine, on the real pieces: two processes of the
 * project's server, Debian's redis-server and @socket.io/redis-adapter.
 * A broadcast reaches the clients of both nodes; a polling session lives on
 * one node only, so without sticky sessions its next request is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { within } from '../support/within';
import { connected, io, nextEvent, request } from './realtimeClients';
import { startLabNode, type LabNode } from './support/labNode';
import { startLoadBalancer, type LoadBalancer } from './support/loadBalancer';
import { startRedis, type RedisServer } from './support/redisServer';

let redis: RedisServer | undefined;
let nodes: LabNode[] = [];
/** Node A and node B. */
const node = (i: 0 | 1): LabNode => nodes[i]!;
const open: Socket[] = [];
const balancers: LoadBalancer[] = [];

beforeAll(async () => {
  redis = await startRedis();
  nodes = await Promise.all([startLabNode(redis.url), startLabNode(redis.url)]);
}, 60_000);

afterAll(async () => {
  for (const socket of open.splice(0)) socket.disconnect();
  await Promise.all(balancers.splice(0).map((b) => b.close()));
  await Promise.all(nodes.map((n) => n.stop()));
  await redis?.stop();
}, 30_000);

function client(url: string, options: Parameters<typeof io>[1] = {}): Socket {
  const socket = io(url, { reconnection: false, forceNew: true, ...options });
  open.push(socket);
  return socket;
}

const SESSION_UNKNOWN = '{"code":1,"message":"Session ID unknown"}';

describe('two Socket.IO nodes with the Redis adapter', () => {
  it('delivers a broadcast sent on one node to clients of both nodes', async () => {
    const [onA, onB] = await Promise.all([node(0), node(1)].map((n) => connected(client(`${n.http}/broadcast`), 10_000))) as [Socket, Socket];
    const heardA = nextEvent<[string]>(onA, 'broadcast', 10_000);
    const heardB = nextEvent<[string]>(onB, 'broadcast', 10_000);
    onA.emit('broadcast', 'from node A');
    expect(await heardA).toEqual(['from node A']);
    expect(await heardB).toEqual(['from node A']);
  }, 30_000);

  it('answers a poll for a session opened on the other node with 400 Session ID unknown', async () => {
    const handshake = await request(`${node(0).http}/socket.io/?EIO=4&transport=polling`);
    expect(handshake.status).toBe(200);
    const sid = (JSON.parse(handshake.body.slice(1)) as { sid: string }).sid;
    const wrongNode = await request(`${node(1).http}/socket.io/?EIO=4&transport=polling&sid=${sid}`);
    expect(wrongNode.status).toBe(400);
    expect(wrongNode.body).toBe(SESSION_UNKNOWN);
    // The node that holds the session still knows it.
    const rightNode = await request(`${node(0).http}/socket.io/?EIO=4&transport=polling&sid=${sid}`, { method: 'POST', body: '40' });
    expect(rightNode.status).toBe(200);
  }, 30_000);

  it('fails a polling client behind a round-robin balancer: its second request lands on the other node', async () => {
    const balancer = await startLoadBalancer(nodes.map((n) => n.port), 'round-robin');
    balancers.push(balancer);
    const socket = client(balancer.http, { transports: ['polling'] });
    const failure = await within(new Promise<Error>((resolve) => socket.once('connect_error', resolve)), 10_000, 'the connect_error');
    // After the handshake the client sends its CONNECT (a POST) and starts its held GET at once: whichever reaches node B first fails.
    expect(failure.message).toMatch(/^xhr (poll|post) error$/);
    expect(balancer.served.slice(0, 2)).toEqual([0, 1]);
    expect(balancer.answers.find((a) => a.node === 1)).toEqual({ node: 1, status: 400, body: SESSION_UNKNOWN });
  }, 30_000);

  it('keeps a polling client working behind a sticky balancer, and its broadcasts still reach the other node', async () => {
    const balancer = await startLoadBalancer(nodes.map((n) => n.port), 'sticky');
    balancers.push(balancer);
    const behind = await connected(client(`${balancer.http}/broadcast`, { transports: ['polling'] }), 10_000);
    const direct = await connected(client(`${node(1).http}/broadcast`), 10_000);
    const heard = nextEvent<[string]>(direct, 'broadcast', 10_000);
    behind.emit('broadcast', 'through the balancer');
    expect(await heard).toEqual(['through the balancer']);
    expect(new Set(balancer.served).size).toBe(1);
  }, 30_000);
});
