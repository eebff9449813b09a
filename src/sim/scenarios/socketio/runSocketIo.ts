/**
 * Socket.IO (issue 9): socket.io-client and one or two socket.io server nodes.
 * The ends are small state machines (`SioClient`, `SioNode`) that return
 * their actions as data; this driver puts their messages on the network,
 * routes the client's requests (through a load balancer when there are two
 * nodes: round robin, or sticky by session), holds long polls, and records
 * the timeline. Every message carries its layers: HTTP or WebSocket, engine.io,
 * Socket.IO.
 *
 *   client                                   server
 *     |--- GET ?EIO=4&transport=polling ------->|
 *     |<-- 200 0{"sid":…,"upgrades":["websocket"],…}
 *     |--- POST 40 ---------------------------->|   join the namespace
 *     |--- GET ?transport=websocket&sid · Upgrade
 *     |--- GET polling (held) ----------------->|
 *     |<-- 200 40{"sid":…} ---------------------|
 *     |<-- 101 Switching Protocols -------------|
 *     |=== WS 2probe ==========================>|
 *     |<== WS 3probe ===========================|
 *     |<-- 200 6 (noop ends the held poll) -----|
 *     |=== WS 5 (upgrade) ======================>|   from here on, frames only
 */
import { createPrng } from '../../engine/createPrng';
import { deriveSeed } from '../../engine/deriveSeed';
import { Simulation } from '../../engine/simulation';
import { generateEvents, type GeneratedEvent } from '../../events/generateEvents';
import { parseRequest } from '../../http/parseRequest';
import { Network } from '../../network/network';
import { TimelineBuilder } from '../../timeline/timelineBuilder';
import type { Actor, Timeline, Transfer } from '../../timeline/types';
import type { SocketIoParams } from '../scenarioParams';
import { sendAction, type SioAction, type SioRole, type SioSend, type SioWake } from './sioActions';
import { SioClient } from './sioClient';
import { queryParams, SioNode } from './sioNode';
import { bareResponse, labelsItself, NO_MASK, wsCloseFrame, type SioMessage } from './sioWire';
import { normalizeSocketIoParams } from './socketIoParams';

const CLIENT = 'client';
const SERVER = 'server';
/** The second node behind the load balancer. */
export const SERVER_2 = 'server-2';
const MIN_PAYLOAD_BYTES = 1;

type SioSimEvent =
  | Transfer
  | { readonly kind: 'start' }
  | { readonly kind: 'emit'; readonly index: number }
  | { readonly kind: 'disconnect' }
  | { readonly kind: 'wake'; readonly wake: SioWake }
  | { readonly kind: 'crash' }
  | { readonly kind: 'restart' }
  | { readonly kind: 'conn-lost'; readonly connection: number }
  | { readonly kind: 'vanish'; readonly transfer: Transfer }
  | { readonly kind: 'deferred'; readonly action: SioAction };

/** Runs the Socket.IO scenario; `observe` (for tests) sees each transfer with what its sender wrote. */
export function runSocketIo(input: SocketIoParams, observe?: (transfer: Transfer, msg: SioMessage) => void): Timeline {
  const params = normalizeSocketIoParams(input);
  const { fault, seed } = params;
  const twoNodes = fault === 'no-sticky' || fault === 'sticky';
  const actors: Actor[] = [{ id: CLIENT, role: 'client' }, { id: SERVER, role: 'server' }];
  if (twoNodes) actors.push({ id: SERVER_2, role: 'server' });
  const builder = new TimelineBuilder('socketio', actors);
  const network = new Network(params.network, createPrng(deriveSeed(seed, 'network')));
  const events = generateEvents(params.events, params.durationMs, Math.max(MIN_PAYLOAD_BYTES, params.payloadBytes), seed);
  const refuseUpgrade = fault === 'upgrade-blocked' || fault === 'buffering-proxy';
  const nodes = actors.filter((a) => a.role === 'server').map((a) => new SioNode(a.id, params, createPrng(deriveSeed(seed, `sid-${a.id}`)), refuseUpgrade));
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const client = new SioClient(params, createPrng(deriveSeed(seed, 'client')), createPrng(deriveSeed(seed, 'ws-masks')));
  const sim = new Simulation<SioSimEvent>();
  const roundTrip = 2 * params.network.latencyMs;

  /** Each transfer in flight as its send action: its role to the receiver and what its sender wrote (see SioMessage). */
  const inFlight: (SioSend | undefined)[] = [];
  // Held requests by request id (a transfer id): the hold's index and the request, in arrays (a map's set and delete
  // per poll rehashed its table each time); the first `heldCount` of `held` are the ids held now (one or two), in the
  // order they were held (never emptied: an array whose length is set to 0 loses its backing store).
  const holdIndex: number[] = [];
  const heldRequest: (Transfer | undefined)[] = [];
  const held: number[] = [];
  let heldCount = 0;
  // By connection number (small integers from 1): arrays, not maps, for lookups made on every send.
  const readyAt: number[] = [];
  /** Which node each of the client's connections reached last (WebSocket frames follow their upgrade). */
  const connNode: string[] = [];
  let roundRobin = 0;

  /** The node a request of the client goes to: the only one, round robin, or (sticky) the one that has its session. */
  const route = (connection: number, role: SioRole, msg: SioMessage): string => {
    if (!twoNodes) return SERVER;
    if (role === 'ws') return connNode[connection] ?? SERVER;
    if (fault === 'sticky') {
      const sid = msg.poll ? msg.poll.sid : sidOf(msg.message.bytes);
      const owner = sid === undefined ? undefined : nodes.find((n) => n.has(sid));
      if (owner) return owner.id;
    }
    return nodes[roundRobin++ % nodes.length]!.id;
  };

  const endHold = (requestId: number, now: number, reason: 'event' | 'timeout' | 'end'): void => {
    let at = 0;
    while (at < heldCount && held[at] !== requestId) at++;
    if (at === heldCount) return;
    heldCount--;
    for (; at < heldCount; at++) held[at] = held[at + 1]!;
    heldRequest[requestId] = undefined;
    builder.endHold(holdIndex[requestId]!, now, reason);
  };

  const apply = (actor: string, actions: readonly SioAction[], now: number, transfer?: Transfer): void => {
    // Indexed: for…of allocated an iterator result per action here.
    for (let i = 0; i < actions.length; i++) {
      const a = actions[i]!;
      switch (a.kind) {
        case 'send': {
          if (actor === CLIENT && (readyAt[a.connection] ?? 0) > now) {
            sim.schedule(readyAt[a.connection]!, { kind: 'deferred', action: a });
            break;
          }
          const to = actor === CLIENT ? route(a.connection, a.role, a.msg) : CLIENT;
          if (actor === CLIENT) {
            connNode[a.connection] = to;
            // A server that is gone answers no request: the connection is refused (or reset) one round trip later.
            if (!nodeById.get(to)!.running) {
              sim.schedule(now + roundTrip, { kind: 'conn-lost', connection: a.connection });
              break;
            }
          }
          const size = a.msg.message.headerBytes + a.msg.message.payloadBytes;
          const up = actor === CLIENT;
          if (a.lost) {
            const vanishAt = now + network.serializationMs(size) + params.network.latencyMs / 2;
            const lost = builder.sendLost(a.transfer, actor, to, a.connection, now, vanishAt, a.msg.message, `${a.msg.summary} · lost`);
            observe?.(lost, a.msg);
            sim.schedule(vanishAt, { kind: 'vanish', transfer: lost });
            break;
          }
          const arrivedAt = network.transmit(a.connection, up ? 'up' : 'down', now, size);
          const msg = a.msg;
          // A polling message is its own SioMessage and writes its label when the timeline's is read (labelsItself).
          const sent = labelsItself(msg)
            ? builder.sendLabelled(a.transfer, actor, to, a.connection, now, arrivedAt, msg, a.carries, a.role === 'poll-answer')
            : builder.sendParts(a.transfer, actor, to, a.connection, now, arrivedAt, msg.message, msg.summary, a.carries, a.role === 'poll-answer');
          inFlight[sent.id] = a;
          observe?.(sent, a.msg);
          if (a.answers !== undefined) endHold(a.answers, now, a.carries?.length ? 'event' : 'end');
          sim.schedule(arrivedAt, sent);
          break;
        }
        case 'arrive':
          builder.arrive(transfer!);
          break;
        case 'ignore':
          builder.arriveIgnored(transfer!);
          break;
        case 'hold':
          holdIndex[a.requestId] = builder.startHold(actor, transfer!.connection, a.requestId, now, a.summary);
          heldRequest[a.requestId] = transfer!;
          held[heldCount++] = a.requestId;
          if (fault === 'buffering-proxy') sim.schedule(now + params.proxyTimeoutMs, { kind: 'wake', wake: { kind: 'proxy-cut', requestId: a.requestId } });
          break;
        case 'state':
          if (actor === CLIENT && a.state === 'open') readyAt[a.connection] = now + network.setupDelayMs();
          builder.connection(actor, a.connection, a.state, now);
          // A connection the client closes ends what a node held or spoke on it.
          if (actor === CLIENT && (a.state === 'closed' || a.state === 'reset')) for (const node of nodes) node.connectionClosed(a.connection);
          break;
        case 'timer':
          builder.timer(actor, a.timer, now, a.ms);
          break;
        case 'schedule':
          sim.schedule(a.at, { kind: 'wake', wake: a.wake });
          break;
      }
    }
  };

  const wake = (w: SioWake, now: number): void => {
    switch (w.kind) {
      case 'ping': apply(w.node, nodeById.get(w.node)!.ping(w.sid, now), now); return;
      case 'ping-timeout': apply(w.node, nodeById.get(w.node)!.pingTimeout(w.sid), now); return;
      case 'upgrade-check': apply(w.node, nodeById.get(w.node)!.upgradeCheck(w.sid, now), now); return;
      case 'client-ping-timeout': apply(CLIENT, client.pingTimeoutCheck(w.epoch, w.pingAt, now), now); return;
      case 'reconnect': apply(CLIENT, client.reconnect(now), now); return;
      case 'proxy-cut': {
        const request = heldRequest[w.requestId];
        if (request === undefined) return;
        // The proxy gave up waiting for the held poll: it answers 504 itself and drops its upstream connection.
        for (const node of nodes) node.heldCut(w.requestId);
        endHold(w.requestId, now, 'timeout');
        const arrivedAt = network.transmit(request.connection, 'down', now, 0);
        const msg = bareResponse(504, 'proxy timeout');
        const sent = builder.sendParts('http-response', request.to, CLIENT, request.connection, now, Math.max(arrivedAt, now + params.network.latencyMs / 2), msg.message, msg.summary, undefined, true);
        inFlight[sent.id] = sendAction('http-response', request.connection, 'poll-answer', msg);
        observe?.(sent, msg);
        sim.schedule(sent.arrivedAt, sent);
      }
    }
  };


  // The app events (sorted by time) are fed to the run beside the queue, in the order they would have had if queued
  // first (before every other event at the same time): 10,000 events need no queue entries.
  params.clientEmits.forEach((e, index) => {
    if (e.at >= 0 && e.at <= params.durationMs) sim.schedule(e.at, { kind: 'emit', index });
  });
  sim.schedule(0, { kind: 'start' });
  sim.schedule(params.durationMs, { kind: 'disconnect' });
  if (fault === 'server-restart') {
    sim.schedule(params.faultAtMs, { kind: 'crash' });
    sim.schedule(params.faultAtMs + params.downMs, { kind: 'restart' });
  }

  const appEvent = (e: GeneratedEvent, now: number): void => {
    builder.appEvent(SERVER, e.id, now, e.payload);
    for (let i = 0; i < nodes.length; i++) if (nodes[i]!.running) apply(nodes[i]!.id, nodes[i]!.appEvent(e), now);
  };
  sim.runWithFeed(events, timeOf, appEvent, (e, now) => {
    switch (e.kind) {
      case 'start': apply(CLIENT, client.start(now), now); return;
      case 'emit': apply(CLIENT, client.emit(e.index, params.clientEmits[e.index]!.ack, now), now); return;
      case 'disconnect': apply(CLIENT, client.disconnect(now), now); return;
      case 'wake': wake(e.wake, now); return;
      case 'deferred': apply(CLIENT, [e.action], now); return;
      case 'vanish': builder.lost(e.transfer); return;
      case 'conn-lost': apply(CLIENT, client.connectionLost(e.connection, now), now); return;
      case 'crash': {
        const node = nodeById.get(SERVER)!;
        node.crash();
        for (const requestId of held.slice(0, heldCount)) endHold(requestId, now, 'end');
        // The client learns of each reset one way later.
        for (const connection of client.openConnections()) sim.schedule(now + params.network.latencyMs, { kind: 'conn-lost', connection });
        return;
      }
      case 'restart': nodeById.get(SERVER)!.restart(); return;
      default:
        arrived(e, now);
    }
  });

  function arrived(transfer: Transfer, now: number): void {
    const sent = inFlight[transfer.id]!;
    const { role, msg } = sent;
    // Read once: the timeline keeps the message's bytes (or what writes them), not what the receiver took.
    inFlight[transfer.id] = undefined;
    if (transfer.to === CLIENT) {
      if (role === 'ws') apply(CLIENT, client.frame(transfer, msg), now, transfer);
      else apply(CLIENT, client.answer(transfer, role as 'poll-answer' | 'post-answer' | 'upgrade-answer', msg), now, transfer);
      return;
    }
    const node = nodeById.get(transfer.to)!;
    if (!node.running) {
      builder.arriveIgnored(transfer);
      return;
    }
    if (role !== 'ws') {
      apply(node.id, node.request(transfer, msg, now), now, transfer);
      return;
    }
    if (msg.packets !== undefined) {
      apply(node.id, node.frame(transfer.connection, msg.packets[0]!, now), now, transfer);
      return;
    }
    // The client's Close frame: the node answers it (if it has not closed already) and the session is over.
    const open = node.sidOf(transfer.connection) !== undefined;
    builder.arrive(transfer);
    node.socketGone(transfer.connection);
    if (open) apply(node.id, [sendAction('ws-frame', transfer.connection, 'ws', wsCloseFrame(NO_MASK))], now);
  }

  return builder.build();
}

const timeOf = (e: GeneratedEvent): number => e.time;

/** The sid in a request's target, read from its bytes. */
function sidOf(bytes: Uint8Array): string | undefined {
  const parsed = parseRequest(bytes);
  return parsed.ok ? queryParams(parsed.value.target).get('sid') : undefined;
}
