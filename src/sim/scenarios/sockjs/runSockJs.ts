/**
 * SockJS (issue 9): sockjs-client and a sockjs-node echo service. The ends are
 * small state machines (`SockJsClient`, `SockJsServer`) returning their
 * actions as data; this driver puts their messages on the network, keeps the
 * streaming answer open as a hold, and records the timeline. Every message
 * carries its layers: HTTP (or WebSocket), then SockJS.
 *
 *   client                                  server
 *     |--- GET /sockjs/echo/info ------------->|
 *     |<-- 200 {"websocket":true,…,"entropy":…}|
 *     |--- GET …/123/abcdefgh/websocket ------>|   the first rung of the ladder
 *     |<-- 101 (or 403: next rung) ------------|
 *     |<== o ==================================|   open
 *     |=== ["msg"] ===========================>|
 *     |<== a["msg"] ===========================|   echo
 *     |<== h ==================================|   every 25 s
 */
import { createPrng } from '../../engine/createPrng';
import { deriveSeed } from '../../engine/deriveSeed';
import { Simulation } from '../../engine/simulation';
import { generateEvents, type GeneratedEvent } from '../../events/generateEvents';
import { Network } from '../../network/network';
import { TimelineBuilder } from '../../timeline/timelineBuilder';
import type { Actor, Timeline, Transfer } from '../../timeline/types';
import type { SockJsParams } from '../scenarioParams';
import { MaskSource } from '../webSocketMessages';
import type { SockJsAction, SockJsRole } from './sockJsActions';
import { SockJsClient } from './sockJsClient';
import { SockJsServer } from './sockJsServer';
import type { SockJsMessage } from './sockJsWire';

const CLIENT = 'client';
const SERVER = 'server';
const ACTORS: readonly Actor[] = [{ id: CLIENT, role: 'client' }, { id: SERVER, role: 'server' }];
const MIN_PAYLOAD_BYTES = 1;
const MIN_HEARTBEAT_MS = 100;

type SockJsSimEvent =
  | Transfer
  | { readonly kind: 'start' }
  | { readonly kind: 'message'; readonly index: number }
  | { readonly kind: 'close' }
  | { readonly kind: 'heartbeat' }
  | { readonly kind: 'deferred'; readonly action: SockJsAction }
  | { readonly kind: 'transport-timeout'; readonly attempt: number };

const eventTime = (e: GeneratedEvent): number => e.time;

/** Runs the SockJS scenario. */
export function runSockJs(params: SockJsParams): Timeline {
  const heartbeatMs = Number.isFinite(params.heartbeatMs) ? Math.max(MIN_HEARTBEAT_MS, params.heartbeatMs) : 25_000;
  const fault = params.fault === 'websocket-blocked' || params.fault === 'streaming-buffered' ? params.fault : 'none';
  const p: SockJsParams = { ...params, heartbeatMs, fault };
  const builder = new TimelineBuilder('sockjs', ACTORS);
  const network = new Network(p.network, createPrng(deriveSeed(p.seed, 'network')));
  const events = generateEvents(p.events, p.durationMs, Math.max(MIN_PAYLOAD_BYTES, p.payloadBytes), p.seed);
  const client = new SockJsClient(p, createPrng(deriveSeed(p.seed, 'client')), new MaskSource(createPrng(deriveSeed(p.seed, 'ws-masks'))));
  const server = new SockJsServer(p, createPrng(deriveSeed(p.seed, 'server')));
  const sim = new Simulation<SockJsSimEvent>();
  const roles: SockJsRole[] = [];
  // Each transfer's message as its sender wrote it, by transfer id.
  const sentMessages: (SockJsMessage | undefined)[] = [];
  // By request id (a transfer id) and by connection number, both small dense integers: arrays, not maps.
  const holds: (number | undefined)[] = [];
  const readyAt: number[] = [];
  const clientMessages = p.clientMessages.filter((t) => t >= 0 && t <= p.durationMs).sort((a, b) => a - b);

  const apply = (actor: string, actions: readonly SockJsAction[], now: number, transfer?: Transfer): void => {
    // Indexed: for…of allocated an iterator result per action here.
    for (let i = 0; i < actions.length; i++) {
      const a = actions[i]!;
      switch (a.kind) {
        case 'send': {
          const up = actor === CLIENT;
          // A request on a fresh connection leaves once the connection is set up.
          const ready = up ? readyAt[a.connection] : undefined;
          if (ready !== undefined && ready > now) {
            sim.schedule(ready, { kind: 'deferred', action: a });
            break;
          }
          const at = now;
          const size = a.msg.message.headerBytes + a.msg.message.payloadBytes;
          const arrivedAt = network.transmit(a.connection, up ? 'up' : 'down', at, size);
          const sent = builder.sendParts(a.transfer, actor, up ? SERVER : CLIENT, a.connection, at, arrivedAt, a.msg.message, a.msg.summary, a.carries, false);
          roles[sent.id] = a.role;
          sentMessages[sent.id] = a.msg;
          sim.schedule(arrivedAt, sent);
          break;
        }
        case 'arrive': builder.arrive(transfer!); break;
        case 'ignore': builder.arriveIgnored(transfer!); break;
        case 'hold': holds[a.requestId] = builder.startHold(actor, transfer!.connection, a.requestId, now, a.summary); break;
        case 'release': {
          const index = holds[a.requestId];
          if (index !== undefined) builder.endHold(index, now, 'end');
          holds[a.requestId] = undefined;
          break;
        }
        case 'state':
          if (actor === CLIENT && a.state === 'open') readyAt[a.connection] = now + network.setupDelayMs();
          builder.connection(actor, a.connection, a.state, now);
          if (actor === CLIENT && a.state === 'closed') apply(SERVER, server.connectionClosed(a.connection), now);
          break;
        case 'timer': builder.timer(actor, a.timer, now, a.ms); break;
        case 'heartbeat-at': sim.schedule(a.at, { kind: 'heartbeat' }); break;
        case 'transport-timeout-at': sim.schedule(a.at, { kind: 'transport-timeout', attempt: a.attempt }); break;
      }
    }
  };

  clientMessages.forEach((time, index) => sim.schedule(time, { kind: 'message', index }));
  sim.schedule(0, { kind: 'start' });
  sim.schedule(p.durationMs, { kind: 'close' });

  const appEvent = (e: GeneratedEvent, now: number): void => {
    builder.appEvent(SERVER, e.id, now, e.payload);
    apply(SERVER, server.appEvent(e), now);
  };
  // App events come from their sorted list, not the queue (no heap entry each), and run before anything
  // queued for the same time, as when they were all scheduled first.
  sim.runWithFeed(events, eventTime, appEvent, (e, now) => {
    switch (e.kind) {
      case 'start': apply(CLIENT, client.start(now), now); return;
      case 'transport-timeout': apply(CLIENT, client.transportTimeout(e.attempt, now), now); return;
      case 'message': apply(CLIENT, client.message(e.index), now); return;
      case 'close': apply(CLIENT, client.close(), now); return;
      case 'heartbeat': apply(SERVER, server.heartbeat(now), now); return;
      case 'deferred': apply(CLIENT, [e.action], now); return;
      default: {
        const role = roles[e.id]!;
        const msg = sentMessages[e.id]!;
        // Read once, at arrival: the transfer keeps its wire message; the rest can go.
        sentMessages[e.id] = undefined;
        // Nothing on a SockJS path alters bytes (no fault corrupts, cuts or re-frames them), so a receiver takes
        // the SockJS part its sender wrote: the client's send, or the server's frame as data (the client acts on
        // its type). sockJsWire.test.ts reads every server frame's bytes with the real readers and finds the same.
        // HTTP requests are still read by the server's parser (`server.request`).
        if (e.to === SERVER) apply(SERVER, role === 'ws' ? server.frame(msg.sockjs) : server.request(e, now), now, e);
        else if (role === 'ws') apply(CLIENT, client.wsMessage(msg.frame), now, e);
        else apply(CLIENT, client.answer(e, role as 'info-answer', msg), now, e);
      }
    }
  });
  return builder.build();
}
