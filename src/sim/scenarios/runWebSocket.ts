/**
 * WebSocket (RFC 6455). One TCP connection (optionally drawn segment by
 * segment), TLS for wss, the opening handshake, then frames both ways: server
 * events as text messages (fragmented above `fragmentBytes`), client messages
 * masked, server pings answered by pongs, and a closing handshake started by
 * either side. The two ends are small state machines (`websocket/wsClient.ts`,
 * `websocket/wsServer.ts`) that react to what arrives and return their actions
 * as data; this driver puts frames on the network, draws the TCP segments with
 * the shared TCP model (`tcp/TcpEnd`), and records the timeline. Both ends read
 * frames with the project's own decoder (`MessageReader`), so a broken frame
 * fails the connection because the codec says so, with the close code it
 * names. The faults end the way a browser reports them (`ws-close` steps).
 *
 *   client                          server
 *     |--- GET /chat, Upgrade ------->|
 *     |<-- 101 Switching Protocols ---|        both sides: WebSocket open
 *     |<-- Text "{"id":0…}" ----------|        an event, one frame
 *     |--- Binary (masked) ---------->|        a client message
 *     |<-- Ping ----------------------|        heartbeat
 *     |--- Pong (masked) ------------>|
 *     |--- Close 1000 (masked) ------>|        client starts closing
 *     |<-- Close 1000 ----------------|        server answers, then closes TCP first (§7.1.1)
 */
import { createPrng } from '../engine/createPrng';
import { deriveSeed } from '../engine/deriveSeed';
import { Simulation } from '../engine/simulation';
import { generateEvents, type GeneratedEvent } from '../events/generateEvents';
import { parseRequest } from '../http/parseRequest';
import { Network, type NetworkParams } from '../network/network';
import { TcpEnd } from '../tcp/tcpEnd';
import { tcpFlagsLabel, TCP_HEADER_BYTES, type TcpFlag } from '../tcp/tcpSegment';
import { encodeSegmentData, type TcpSegmentRecord } from '../tcp/tcpSegmentData';
import { TimelineBuilder } from '../timeline/timelineBuilder';
import type { Actor, Timeline, Transfer, TransferKind } from '../timeline/types';
import type { WebSocketParams } from './scenarioParams';
import { DeferredFrame, MaskSource, VouchedFrame, handshakeKey, strippedRequest, type LabelledFrame } from './webSocketMessages';
import type { WsAction, WsSession } from './websocket/wsActions';
import { WsClient } from './websocket/wsClient';
import { WsServer } from './websocket/wsServer';

const CLIENT = 'client';
const SERVER = 'server';
const PROXY = 'proxy';
/** The client's connection (to the server, or to the proxy when there is one). */
const MAIN = 1;
/** The proxy's own connection to the server. */
const UPSTREAM = 2;
const WS_PORT = 80;
const WSS_PORT = 443;
const EPHEMERAL_PORTS: readonly [number, number] = [49152, 65536];
const ISN_RANGE = 2 ** 31;
const MIN_PAYLOAD_BYTES = 1;

type Side = typeof CLIENT | typeof SERVER | typeof PROXY;
type TcpEndKind = 'fin' | 'rst';

/** Things that happen, besides app events and arriving transfers (queued as themselves). */
type WsSimEvent =
  | GeneratedEvent
  | Transfer
  | { readonly kind: 'connect' }
  | { readonly kind: 'tcp-ready' }
  | { readonly kind: 'tls-ready' }
  | { readonly kind: 'client-message'; readonly index: number }
  | { readonly kind: 'heartbeat' }
  | { readonly kind: 'close-start' }
  | { readonly kind: 'reset' }
  | { readonly kind: 'vanish'; readonly transfer: Transfer }
  | { readonly kind: 'peer-closed'; readonly actor: Side; readonly how: TcpEndKind };

/** Runs the WebSocket scenario. */
export function runWebSocket(params: WebSocketParams): Timeline {
  const withProxy = params.fault === 'strip-upgrade';
  const edge: Side = withProxy ? PROXY : SERVER;
  const actors: Actor[] = withProxy
    ? [{ id: CLIENT, role: 'client' }, { id: PROXY, role: 'proxy' }, { id: SERVER, role: 'server' }]
    : [{ id: CLIENT, role: 'client' }, { id: SERVER, role: 'server' }];
  const builder = new TimelineBuilder('websocket', actors);
  // With a proxy in the middle, each leg gets half the path's delay.
  const leg: NetworkParams = withProxy
    ? { ...params.network, latencyMs: params.network.latencyMs / 2, jitterMs: params.network.jitterMs / 2 }
    : params.network;
  const network = new Network(leg, createPrng(deriveSeed(params.seed, 'network')));
  const upstream = new Network(leg, createPrng(deriveSeed(params.seed, 'network-upstream')));
  const events = generateEvents(params.events, params.durationMs, Math.max(MIN_PAYLOAD_BYTES, params.payloadBytes), params.seed);
  const key = handshakeKey(createPrng(deriveSeed(params.seed, 'ws-key')));
  const masks = new MaskSource(createPrng(deriveSeed(params.seed, 'ws-masks')));
  const tcpPrng = createPrng(deriveSeed(params.seed, 'tcp'));
  const clientPort = tcpPrng.nextInt(...EPHEMERAL_PORTS);
  const clientTcp = new TcpEnd(CLIENT, clientPort, tcpPrng.nextInt(0, ISN_RANGE));
  const edgeTcp = new TcpEnd(edge, params.secure ? WSS_PORT : WS_PORT, tcpPrng.nextInt(0, ISN_RANGE));
  const fragmentBytes = params.fragmentBytes >= 1 ? params.fragmentBytes : Infinity;
  const roundTrip = 2 * leg.latencyMs;
  const sim = new Simulation<WsSimEvent>();
  const segments = new Map<number, TcpSegmentRecord>();
  // Each frame's wire bytes by transfer id: the receiver reads these, leaving the annotation unbuilt.
  const frameWire: Uint8Array[] = [];
  // The server's frames that nothing on this path alters, by transfer id: the client takes them as the messages they are.
  const vouched: VouchedFrame[] = [];
  const clientMessages = params.clientMessages.filter((t) => t >= 0 && t <= params.durationMs).sort((a, b) => a - b);

  const session: WsSession = { cause: undefined };
  let pongFaultUsed = false;
  const losePong = (now: number): boolean => {
    if (params.fault !== 'lost-pong' || pongFaultUsed || now < params.faultAtMs) return false;
    pongFaultUsed = true;
    return true;
  };
  const client = new WsClient(params, key, masks, session, fragmentBytes, losePong);
  const server = new WsServer(params, masks, session, fragmentBytes);

  const peerOf = (from: Side, connection: number): Side => (connection === UPSTREAM ? (from === PROXY ? SERVER : PROXY) : from === CLIENT ? edge : CLIENT);
  const tcpOf = (side: Side): TcpEnd => (side === CLIENT ? clientTcp : edgeTcp);

  const send = (kind: TransferKind, from: Side, connection: number, frame: LabelledFrame, now: number, carries?: readonly number[]): Transfer => {
    const to = peerOf(from, connection);
    const upward = from === CLIENT || (from === PROXY && to === SERVER);
    const size = frame.message.headerBytes + frame.message.payloadBytes;
    const arrivedAt = (connection === UPSTREAM ? upstream : network).transmit(connection, upward ? 'up' : 'down', now, size);
    // A message drawn whole still takes its bytes of the sender's sequence space (what the segments would carry).
    if (connection === MAIN) tcpOf(from).wrote(size);
    const transfer = builder.sendParts(kind, from, to, connection, now, arrivedAt, frame.message, frame.summary, carries, false);
    if (frame.message instanceof DeferredFrame) frameWire[transfer.id] = frame.message.wire;
    else if (frame.message instanceof VouchedFrame) vouched[transfer.id] = frame.message;
    sim.schedule(arrivedAt, transfer);
    return transfer;
  };

  /** Draws one segment of the client's connection, cut by the sender's `TcpEnd` (seq, and ack = what has arrived). */
  const sendSegment = (from: Side, flags: readonly TcpFlag[], now: number): void => {
    const own = tcpOf(from);
    const to = peerOf(from, MAIN);
    const arrivedAt = network.transmit(MAIN, from === CLIENT ? 'up' : 'down', now, TCP_HEADER_BYTES);
    const segment = own.segment(tcpOf(to), MAIN, flags, undefined, { sentAt: now, arrivedAt });
    const message = encodeSegmentData(segment);
    const transfer = builder.sendParts('tcp-segment', from, to, MAIN, now, arrivedAt, message, tcpFlagsLabel(flags), undefined, false);
    segments.set(transfer.id, segment);
    sim.schedule(arrivedAt, transfer);
  };

  /** `from` closes (FIN) or resets (RST) the client's connection; the peer learns of it one trip later. */
  const endTcp = (from: Side, how: TcpEndKind, now: number): void => {
    builder.connection(from, MAIN, how === 'rst' ? 'reset' : 'closed', now);
    if (params.tcpDetail) {
      sendSegment(from, how === 'rst' ? ['RST'] : ['FIN', 'ACK'], now);
      return;
    }
    sim.schedule(network.transmit(MAIN, from === CLIENT ? 'up' : 'down', now, 0), { kind: 'peer-closed', actor: peerOf(from, MAIN), how });
  };

  /** Carries out what endpoint `actor` asked for, in order; `transfer` is the arrival it is reacting to, if any. */
  const apply = (actor: typeof CLIENT | typeof SERVER, actions: readonly WsAction[], now: number, transfer?: Transfer): void => {
    // Indexed: this closure runs once per step and for…of allocated an iterator result per action.
    for (let i = 0; i < actions.length; i++) {
      const a = actions[i]!;
      switch (a.kind) {
        case 'send':
          send(a.transfer, actor, a.connection, a.frame, now, a.carries);
          break;
        case 'send-lost': {
          const size = a.frame.message.headerBytes + a.frame.message.payloadBytes;
          const vanishAt = now + network.serializationMs(size) + leg.latencyMs / 2;
          const lost = builder.sendLost('ws-frame', actor, peerOf(actor, MAIN), MAIN, now, vanishAt, a.frame.message, a.frame.summary);
          // A lost frame still left the sender: its bytes count in its sequence space.
          tcpOf(actor).wrote(size);
          sim.schedule(vanishAt, { kind: 'vanish', transfer: lost });
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
          endTcp(actor, a.how, now);
          break;
        case 'timer':
          builder.timer(actor, a.timer, now, a.ms);
          break;
        case 'schedule':
          sim.schedule(a.at, { kind: a.event });
          break;
      }
    }
  };

  const peerClosed = (actor: Side, how: TcpEndKind, now: number): void => {
    if (actor === CLIENT) apply(CLIENT, client.peerClosed(how), now);
    else if (actor === SERVER) apply(SERVER, server.peerClosed(), now);
  };

  // --- the run ---

  // Indexed: a for…of run once over every event is not optimized yet and would allocate an iterator result each.
  for (let i = 0; i < events.length; i++) sim.schedule(events[i]!.time, events[i]!);
  clientMessages.forEach((time, index) => sim.schedule(time, { kind: 'client-message', index }));
  sim.schedule(0, { kind: 'connect' });
  sim.schedule(params.durationMs, { kind: 'close-start' });
  if (params.fault === 'tcp-reset') sim.schedule(Math.max(0, params.faultAtMs), { kind: 'reset' });

  sim.run((e, now) => {
    switch (e.kind) {
      case 'connect':
        builder.connection(CLIENT, MAIN, 'open', now);
        if (params.tcpDetail) sendSegment(CLIENT, ['SYN'], now);
        // Without the segments drawn, the set-up still costs its round trip when the network says so.
        else sim.schedule(now + (params.network.setup === 'none' ? 0 : roundTrip), { kind: 'tcp-ready' });
        return;
      case 'tcp-ready':
        apply(CLIENT, client.tcpReady(now, roundTrip), now);
        return;
      case 'tls-ready':
        apply(CLIENT, client.tlsReady(), now);
        return;
      case 'app-event':
        builder.appEvent(SERVER, e.id, now, e.payload);
        apply(SERVER, server.appEvent(e, now), now);
        return;
      case 'client-message':
        apply(CLIENT, client.message(e.index, clientMessages[e.index]!), now);
        return;
      case 'heartbeat':
        apply(SERVER, server.heartbeat(now), now);
        return;
      case 'close-start':
        apply(params.closeBy === 'client' ? CLIENT : SERVER, params.closeBy === 'client' ? client.closeStart() : server.closeStart(), now);
        return;
      case 'reset':
        apply(SERVER, server.resetFault(now), now);
        return;
      case 'vanish':
        builder.lost(e.transfer);
        return;
      case 'peer-closed':
        peerClosed(e.actor, e.how, now);
        return;
      default:
        arrived(e, now);
    }
  });

  function arrived(transfer: Transfer, now: number): void {
    const segment = segments.get(transfer.id);
    if (segment !== undefined) {
      builder.arrive(transfer);
      tcpOf(transfer.to as Side).receive(segment);
      const flags = segment.flags;
      if (flags.includes('SYN') && !flags.includes('ACK')) sendSegment(edge, ['SYN', 'ACK'], now);
      else if (flags.includes('SYN')) {
        sendSegment(CLIENT, ['ACK'], now);
        apply(CLIENT, client.tcpReady(now, roundTrip), now);
      } else if (flags.includes('FIN')) peerClosed(transfer.to as Side, 'fin', now);
      else if (flags.includes('RST')) peerClosed(transfer.to as Side, 'rst', now);
      return;
    }
    // The bytes of a message drawn whole reach the receiver's side of the connection.
    if (transfer.connection === MAIN) tcpOf(transfer.to as Side).took(transfer.headerBytes + transfer.payloadBytes);
    switch (transfer.kind) {
      case 'http-request':
        builder.arrive(transfer);
        if (transfer.to === PROXY) {
          // A reverse proxy that does not pass Upgrade on: it forwards the request without its hop-by-hop headers.
          const parsed = parseRequest(transfer.bytes);
          if (!parsed.ok) return;
          builder.connection(PROXY, UPSTREAM, 'open', now);
          send('http-request', PROXY, UPSTREAM, { message: strippedRequest(parsed.value), summary: 'GET /chat · Upgrade stripped' }, now);
        } else apply(SERVER, server.gotRequest(transfer, now), now);
        return;
      case 'http-response':
        builder.arrive(transfer);
        if (transfer.to === PROXY) {
          send('http-response', PROXY, MAIN, { message: { bytes: transfer.bytes, fields: transfer.fields, headerBytes: transfer.headerBytes, payloadBytes: transfer.payloadBytes }, summary: transfer.summary }, now);
          builder.connection(PROXY, UPSTREAM, 'closed', now);
        } else apply(CLIENT, client.gotResponse(transfer), now);
        return;
      default:
        if (transfer.to === CLIENT) {
          const frame = vouched[transfer.id];
          apply(CLIENT, frame ? client.gotVouched(frame, now) : client.gotFrame(frameWire[transfer.id] ?? transfer.bytes, now), now, transfer);
        }
        else apply(SERVER, server.gotFrame(frameWire[transfer.id] ?? transfer.bytes), now, transfer);
    }
  }

  return builder.build();
}
