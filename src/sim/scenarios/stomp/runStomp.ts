/**
 * STOMP 1.2 over WebSocket (issue 10): a broker and 2–4 clients on one
 * diagram (`client`, `client-2` …, `broker`), one TCP connection per client.
 * The clients (`StompClient`) and the broker (`StompBroker`) are state
 * machines that return their actions as data; this driver puts their frames
 * on the network and records the timeline. Every STOMP frame rides alone in
 * one WebSocket text frame, and its transfer carries both layers (stompWire).
 * Each SEND is an app event of its client; a MESSAGE carries it, so latency
 * is SEND → first MESSAGE.
 */
import { createPrng } from '../../engine/createPrng';
import { deriveSeed } from '../../engine/deriveSeed';
import { Simulation } from '../../engine/simulation';
import { Network } from '../../network/network';
import { TimelineBuilder } from '../../timeline/timelineBuilder';
import type { Actor, Timeline, Transfer } from '../../timeline/types';
import type { StompParams } from '../scenarioParams';
import { handshakeKey } from '../webSocketMessages';
import { MaskKeys } from './maskKeys';
import type { StompAction, StompWake } from './stompActions';
import { StompBroker } from './stompBroker';
import { StompClient } from './stompClient';
import { clientCount, stompPlan } from './stompPlan';
import { HeartBeatWire, StompWire, type StructuredWire } from './stompWire';

export const BROKER = 'broker';
// Clients connect a little apart, so the order of their subscriptions (and a queue's turns) is plain to see.
const CONNECT_STAGGER_MS = 40;

/** Lifeline id of client number `index` (0-based): "client", "client-2" … */
export function stompClientId(index: number): string {
  return index === 0 ? 'client' : `client-${index + 1}`;
}

type StompSimEvent =
  | Transfer
  | { readonly kind: 'connect'; readonly client: number }
  | { readonly kind: 'tcp-ready'; readonly client: number }
  | { readonly kind: 'wake'; readonly side: 'client' | 'broker'; readonly connection: number; readonly event: StompWake }
  | { readonly kind: 'malformed'; readonly client: number }
  | { readonly kind: 'disconnect'; readonly client: number }
  | { readonly kind: 'peer-closed'; readonly client: number };

/** Runs the STOMP scenario. */
export function runStomp(params: StompParams): Timeline {
  const n = clientCount(params);
  const plan = stompPlan(params);
  const actors: Actor[] = [...Array.from({ length: n }, (_, i): Actor => ({ id: stompClientId(i), role: 'client' })), { id: BROKER, role: 'server' }];
  const builder = new TimelineBuilder('stomp', actors);
  // Filled by push, not by `map`/`Array.from`: those make a holey or a packed array depending on whether this
  // function runs optimised, and the hot paths indexing `ids` and `clients` were deoptimised by the other kind.
  const ids: string[] = [];
  for (let i = 0; i < actors.length; i++) ids.push(actors[i]!.id);
  const network = new Network(params.network, createPrng(deriveSeed(params.seed, 'network')));
  const keys = createPrng(deriveSeed(params.seed, 'ws-key'));
  const masks = new MaskKeys(createPrng(deriveSeed(params.seed, 'ws-masks')));
  const faulty = n - 1;
  const clients: StompClient[] = [];
  for (let i = 0; i < n; i++) clients.push(new StompClient(i + 1, params, plan.subscriptions[i] ?? [], handshakeKey(keys), masks, params.fault !== 'none' && i === faulty));
  const broker = new StompBroker(params);
  const sim = new Simulation<StompSimEvent>();
  // The app event each SEND stands for, by transfer id (the broker reads the SEND, the MESSAGE carries the event).
  const sendEvents: number[] = [];
  // The structured STOMP frame each transfer carries, by transfer id (undefined for the handshake, control frames,
  // heart-beats and the malformed frame, which the receiver reads as bytes).
  const wires: (StructuredWire | undefined)[] = [];
  // The actions of one endpoint call: applied at once (apply calls no endpoint), so one array serves every call;
  // whoever fills it empties it after `apply`.
  const scratch: StompAction[] = [];
  let pendingEvent: number | undefined;

  const apply = (actor: string, actions: readonly StompAction[], now: number, transfer?: Transfer): void => {
    const isBroker = actor === BROKER;
    // Indexed: for…of allocated an iterator result per action here.
    for (let i = 0; i < actions.length; i++) {
      const a = actions[i]!;
      switch (a.kind) {
        case 'send': {
          const to = isBroker ? ids[a.connection - 1]! : BROKER;
          const m = a.message;
          const arrivedAt = network.transmit(a.connection, isBroker ? 'down' : 'up', now, m.headerBytes + m.payloadBytes);
          const sent = builder.sendParts(a.transfer, actor, to, a.connection, now, arrivedAt, m, a.summary, a.carries, false);
          wires[sent.id] = m instanceof HeartBeatWire || (m instanceof StompWire && m.clean) ? m : undefined;
          if (!isBroker && pendingEvent !== undefined && a.summary.startsWith('SEND')) {
            sendEvents[sent.id] = pendingEvent;
            pendingEvent = undefined;
          }
          sim.schedule(arrivedAt, sent);
          break;
        }
        case 'arrive':
          builder.arrive(transfer!);
          break;
        case 'ignore':
          builder.arriveIgnored(transfer!);
          break;
        case 'state':
          builder.connection(actor, a.connection, a.state, now);
          break;
        case 'ws-close':
          builder.wsClose(actor, now, a.report);
          break;
        case 'end-tcp':
          builder.connection(actor, a.connection, 'closed', now);
          sim.schedule(network.transmit(a.connection, 'down', now, 0), { kind: 'peer-closed', client: a.connection - 1 });
          break;
        case 'timer':
          builder.timer(actor, a.timer, now, a.ms);
          break;
        case 'schedule':
          sim.schedule(a.at, { kind: 'wake', side: isBroker ? 'broker' : 'client', connection: a.connection, event: a.event });
          break;
      }
    }
  };

  // What is known before the run — connects, disconnects, the SENDs, the malformed frame — comes as a feed, in
  // (time, order given) order, not as queued events: ten thousand SENDs would make every queue operation deeper.
  // A feed item runs before queued events at its time, as these would (they were scheduled first).
  // Feed items: a SEND's index in plan.sends (>= 0), or ~k for the k-th of `others` (< 0).
  // Times sit in Float64Arrays, not on objects: a time is an integer at one item and fractional at the next, and a
  // field that holds both changes its object's hidden class, which deoptimised the feed loop in every build.
  const others: { readonly at: number; readonly beforeSends: boolean; readonly event: StompSimEvent }[] = [];
  for (let i = 0; i < n; i++) {
    others.push({ at: i * CONNECT_STAGGER_MS, beforeSends: true, event: { kind: 'connect', client: i } });
    others.push({ at: params.durationMs + i * CONNECT_STAGGER_MS, beforeSends: true, event: { kind: 'disconnect', client: i } });
  }
  if (params.fault === 'malformed-frame') others.push({ at: params.faultAtMs, beforeSends: false, event: { kind: 'malformed', client: faulty } });
  // A queued time is never below the clock (0 before the run); the sort is stable, so ties keep the order given.
  const other = others.slice().sort((a, b) => Math.max(0, a.at) - Math.max(0, b.at));
  const otherAt = new Float64Array(other.length);
  const otherEvent: StompSimEvent[] = [];
  for (let k = 0; k < other.length; k++) {
    otherAt[k] = Math.max(0, other[k]!.at);
    otherEvent.push(other[k]!.event);
  }
  const sendAt = new Float64Array(plan.sends.length);
  for (let i = 0; i < plan.sends.length; i++) sendAt[i] = Math.max(0, plan.sends[i]!.at);
  // The knobs' SENDs are jittered, so not always in time order: a stable sort by time (ties keep plan order).
  const sends: number[] = [];
  for (let i = 0; i < plan.sends.length; i++) {
    const client = plan.sends[i]!.client;
    if (client >= 0 && client < n) sends.push(i);
  }
  sends.sort((a, b) => sendAt[a]! - sendAt[b]!);
  const feed: number[] = [];
  let k = 0;
  for (let j = 0; j < sends.length; j++) {
    const i = sends[j]!;
    const at = sendAt[i]!;
    while (k < other.length && (otherAt[k]! < at || (otherAt[k]! === at && other[k]!.beforeSends))) feed.push(~k++);
    feed.push(i);
  }
  while (k < other.length) feed.push(~k++);

  let eventId = 0;
  const appSend = (send: number, now: number): void => {
    const spec = plan.sends[send]!;
    const actions = scratch;
    clients[spec.client]!.send(spec, actions);
    if (actions.length === 0) return;
    // A SEND is an app event of its client: generated now, delivered by the first MESSAGE that carries it.
    builder.appEvent(ids[spec.client]!, eventId, now, spec.body);
    pendingEvent = eventId++;
    apply(ids[spec.client]!, actions, now);
    clear(actions);
  };
  const handle = (e: StompSimEvent, now: number): void => {
    switch (e.kind) {
      case 'connect':
        builder.connection(stompClientId(e.client), e.client + 1, 'open', now);
        sim.schedule(now + network.setupDelayMs(), { kind: 'tcp-ready', client: e.client });
        return;
      case 'tcp-ready':
        apply(stompClientId(e.client), clients[e.client]!.tcpReady(), now);
        return;
      case 'wake':
        if (e.side === 'broker') apply(BROKER, e.event === 'heart-beat' ? broker.heartBeat(e.connection, now) : broker.watchdog(e.connection, now), now);
        else apply(ids[e.connection - 1]!, clients[e.connection - 1]!.heartBeat(now), now);
        return;
      case 'malformed':
        apply(stompClientId(e.client), clients[e.client]!.malformed(plan.subscriptions[e.client]?.[0]?.destination ?? '/topic/x'), now);
        return;
      case 'disconnect':
        apply(stompClientId(e.client), clients[e.client]!.disconnect(), now);
        return;
      case 'peer-closed':
        apply(stompClientId(e.client), clients[e.client]!.peerClosed(), now);
        return;
      default:
        arrived(e, now);
    }
  };
  sim.runWithFeed(feed, (f) => (f >= 0 ? sendAt[f]! : otherAt[~f]!), (f, now) => (f >= 0 ? appSend(f, now) : handle(otherEvent[~f]!, now)), handle);

  function arrived(transfer: Transfer, now: number): void {
    const client = transfer.connection - 1;
    if (transfer.kind === 'http-request') return apply(BROKER, broker.gotRequest(transfer), now, transfer);
    if (transfer.kind === 'http-response') return apply(transfer.to, clients[client]!.gotResponse(transfer), now, transfer);
    const wire = wires[transfer.id];
    const toBroker = transfer.to === BROKER;
    if (wire === undefined) {
      apply(transfer.to, toBroker ? broker.gotFrame(transfer.connection, transfer.bytes, now, sendEvents[transfer.id]) : clients[client]!.gotFrame(transfer.bytes, now), now, transfer);
      return;
    }
    const actions = scratch;
    if (toBroker) broker.gotWire(transfer.connection, wire, now, sendEvents[transfer.id], actions);
    else clients[client]!.gotWire(wire, now, actions);
    apply(transfer.to, actions, now, transfer);
    clear(actions);
  }

  return builder.build();
}

/** Empties the reused action array: a pop or two, where writing `length` calls into the runtime each time. */
function clear(actions: StompAction[]): void {
  while (actions.length > 0) actions.pop();
}
