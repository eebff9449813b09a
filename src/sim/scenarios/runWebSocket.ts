/**
 * WebSocket (RFC 6455). One TCP connection (optionally drawn segment by
 * segment), TLS for wss, the opening handshake, then frames both ways: server
 * events as text messages (fragmented above `fragmentBytes`), client messages
 * masked, server pings answered by pongs, and a closing handshake started by
 * either side. Both ends read what arrives with the project's own decoder
 * (`MessageReader`), so a broken frame fails the connection because the codec
 * says so, with the close code it names. The faults end the way a browser
 * reports them (the page's `close` event), recorded as `ws-close` steps.
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
import { encodeUtf8 } from '../bytes/utf8';
import { createPrng } from '../engine/createPrng';
import { deriveSeed } from '../engine/deriveSeed';
import { Simulation } from '../engine/simulation';
import { eventPayload } from '../events/eventPayload';
import { generateEvents, type GeneratedEvent } from '../events/generateEvents';
import { parseRequest } from '../http/parseRequest';
import { parseResponse } from '../http/parseResponse';
import { reasonPhrase } from '../http/reasonPhrase';
import { Network, type NetworkParams } from '../network/network';
import type { TcpFlag } from '../tcp/tcpSegment';
import { TimelineBuilder } from '../timeline/timelineBuilder';
import type { Actor, Timeline, Transfer, TransferKind, WsCloseCause, WsCloseReport } from '../timeline/types';
import { CLOSE_ABNORMAL, CLOSE_INVALID_PAYLOAD, CLOSE_NO_STATUS } from '../ws/closeCodes';
import { MessageReader } from '../ws/messageReader';
import { OPCODE_BINARY, OPCODE_TEXT } from '../ws/opcodes';
import { validateHandshakeRequest } from '../ws/validateHandshakeRequest';
import { validateHandshakeResponse } from '../ws/validateHandshakeResponse';
import { singleId } from './carriedIds';
import type { WebSocketParams } from './scenarioParams';
import {
  DeferredFrame, MaskSource, TcpSide, controlFrame, corruptUtf8, dataFrames, handshakeKey, maskedServerFrames, refusal, strippedRequest,
  switchingProtocols, tcpSegment, upgradeRequest, type LabelledFrame,
} from './webSocketMessages';

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
const EMPTY = new Uint8Array(0);
const MIN_PAYLOAD_BYTES = 1;

type Side = typeof CLIENT | typeof SERVER | typeof PROXY;
type Segment = 'syn' | 'syn-ack' | 'ack' | 'fin' | 'rst';
type TcpEnd = 'fin' | 'rst';

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
  | { readonly kind: 'peer-closed'; readonly actor: Side; readonly how: TcpEnd };

type ClientPhase = 'connecting' | 'handshaking' | 'open' | 'closing' | 'done';
type ServerPhase = 'listening' | 'open' | 'closing' | 'done';

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
  const clientTcp = new TcpSide(tcpPrng.nextInt(...EPHEMERAL_PORTS), tcpPrng.nextInt(0, ISN_RANGE));
  const edgeTcp = new TcpSide(params.secure ? WSS_PORT : WS_PORT, tcpPrng.nextInt(0, ISN_RANGE));
  const fragmentBytes = params.fragmentBytes >= 1 ? params.fragmentBytes : Infinity;
  const roundTrip = 2 * leg.latencyMs;
  const sim = new Simulation<WsSimEvent>();
  const segments = new Map<number, Segment>();
  // Each frame's wire bytes by transfer id: the receiver reads these, leaving the annotation unbuilt.
  const frameWire: Uint8Array[] = [];
  const clientMessages = params.clientMessages.filter((t) => t >= 0 && t <= params.durationMs).sort((a, b) => a - b);

  const clientReader = new MessageReader({ role: 'client' });
  const serverReader = new MessageReader({ role: 'server' });
  let clientPhase: ClientPhase = 'connecting';
  let serverPhase: ServerPhase = 'listening';
  let clientSentClose = false;
  let clientGotClose: { code: number; reason: string } | undefined;
  let serverGotClose: { code: number; reason: string } | undefined;
  // Why the connection ended, when it did not end in a closing handshake.
  let cause: WsCloseCause | undefined;
  let awaitingPong = false;
  let faultUsed = false;
  let resetPending = false;
  const backlog: GeneratedEvent[] = [];
  const outbox: number[] = [];

  const peerOf = (from: Side, connection: number): Side => (connection === UPSTREAM ? (from === PROXY ? SERVER : PROXY) : from === CLIENT ? edge : CLIENT);

  const send = (kind: TransferKind, from: Side, connection: number, frame: LabelledFrame, now: number, carries?: readonly number[]): Transfer => {
    const to = peerOf(from, connection);
    const upward = from === CLIENT || (from === PROXY && to === SERVER);
    const size = frame.message.headerBytes + frame.message.payloadBytes;
    const arrivedAt = (connection === UPSTREAM ? upstream : network).transmit(connection, upward ? 'up' : 'down', now, size);
    if (connection === MAIN && kind !== 'tcp-segment') (from === CLIENT ? clientTcp : edgeTcp).advance(size);
    const transfer = builder.sendParts(kind, from, to, connection, now, arrivedAt, frame.message, frame.summary, carries, false);
    if (frame.message instanceof DeferredFrame) frameWire[transfer.id] = frame.message.wire;
    sim.schedule(arrivedAt, transfer);
    return transfer;
  };

  const sendSegment = (from: Side, flags: readonly TcpFlag[], segment: Segment, now: number): void => {
    const [own, peer] = from === CLIENT ? [clientTcp, edgeTcp] : [edgeTcp, clientTcp];
    segments.set(send('tcp-segment', from, MAIN, tcpSegment(own, peer, flags), now).id, segment);
  };

  /** `from` closes (FIN) or resets (RST) the client's connection; the peer learns of it one trip later. */
  const endTcp = (from: Side, how: TcpEnd, now: number): void => {
    builder.connection(from, MAIN, how === 'rst' ? 'reset' : 'closed', now);
    if (params.tcpDetail) {
      sendSegment(from, how === 'rst' ? ['RST'] : ['FIN', 'ACK'], how, now);
      return;
    }
    const upward = from === CLIENT;
    sim.schedule(network.transmit(MAIN, upward ? 'up' : 'down', now, 0), { kind: 'peer-closed', actor: peerOf(from, MAIN), how });
  };

  const report = (code: number, reason: string, wasClean: boolean, why: WsCloseCause, extra: { sentCode?: number; error?: boolean } = {}): WsCloseReport =>
    ({ code, reason, wasClean, cause: why, error: extra.error ?? false, ...(extra.sentCode !== undefined ? { sentCode: extra.sentCode } : {}) });

  // --- opening ---

  const sendUpgrade = (now: number): void => {
    clientPhase = 'handshaking';
    send('http-request', CLIENT, MAIN, { message: upgradeRequest(params.headerSet, key, params.secure), summary: 'GET /chat · Upgrade' }, now);
  };

  const tcpReady = (now: number): void => {
    if (params.secure) sim.schedule(now + roundTrip, { kind: 'tls-ready' });
    else sendUpgrade(now);
  };

  const serverUpgraded = (now: number): void => {
    serverPhase = 'open';
    builder.connection(SERVER, MAIN, 'upgraded', now);
    for (const event of backlog) sendEvent(event, now);
    backlog.length = 0;
    if (params.pingIntervalMs > 0) sim.schedule(now + params.pingIntervalMs, { kind: 'heartbeat' });
    if (resetPending) reset(now);
  };

  const serverGotRequest = (transfer: Transfer, now: number): void => {
    const parsed = parseRequest(transfer.bytes);
    if (!parsed.ok) return;
    const verdict = validateHandshakeRequest(parsed.value);
    const connection = transfer.connection;
    if (verdict.ok) {
      send('http-response', SERVER, connection, { message: switchingProtocols(verdict.key), summary: '101 Switching Protocols' }, now);
      serverUpgraded(now);
    } else {
      send('http-response', SERVER, connection, { message: refusal(verdict), summary: `${verdict.status} ${reasonPhrase(verdict.status)}` }, now);
      serverPhase = 'done';
    }
  };

  const clientGotResponse = (transfer: Transfer, now: number): void => {
    const parsed = parseResponse(transfer.bytes);
    const verdict = parsed.ok ? validateHandshakeResponse(parsed.value, key) : undefined;
    if (verdict?.ok) {
      clientPhase = 'open';
      builder.connection(CLIENT, MAIN, 'upgraded', now);
      for (const index of outbox) sendClientMessage(index, now);
      outbox.length = 0;
      return;
    }
    // §4.1: the client must fail the connection; the page sees error, then close 1006.
    clientPhase = 'done';
    cause = 'handshake-failed';
    builder.wsClose(CLIENT, now, report(CLOSE_ABNORMAL, '', false, 'handshake-failed', { error: true }));
    // The refusal said Connection: close; the client drops its end.
    endTcp(CLIENT, 'fin', now);
  };

  // --- data ---

  function sendEvent(event: GeneratedEvent, now: number): void {
    const payload = encodeUtf8(event.payload);
    let frames: LabelledFrame[];
    const faultDue = !faultUsed && now >= params.faultAtMs;
    if (faultDue && params.fault === 'masked-server-frame') {
      faultUsed = true;
      frames = maskedServerFrames(payload, masks, fragmentBytes);
    } else if (faultDue && params.fault === 'invalid-utf8') {
      faultUsed = true;
      frames = dataFrames(corruptUtf8(payload), OPCODE_TEXT, { fragmentBytes, note: 'bad UTF-8' });
    } else {
      frames = dataFrames(payload, OPCODE_TEXT, { fragmentBytes });
    }
    frames.forEach((frame, i) => send('ws-frame', SERVER, MAIN, frame, now, i === frames.length - 1 ? singleId(event.id) : undefined));
  }

  function sendClientMessage(index: number, now: number): void {
    const opcode = params.clientMessageType === 'binary' ? OPCODE_BINARY : OPCODE_TEXT;
    const payload = encodeUtf8(eventPayload(index, Math.max(MIN_PAYLOAD_BYTES, params.payloadBytes)));
    for (const frame of dataFrames(payload, opcode, { masks, fragmentBytes })) send('ws-frame', CLIENT, MAIN, frame, now);
  }

  // --- failing and closing ---

  /** §7.1.7: the client fails the connection: a Close with `code`, then it drops TCP at once. */
  const failClient = (code: number, why: WsCloseCause, now: number): void => {
    clientPhase = 'done';
    cause = why;
    clientSentClose = true;
    send('ws-frame', CLIENT, MAIN, controlFrame('close', { code, reason: '' }, masks.next()), now);
    builder.wsClose(CLIENT, now, report(CLOSE_ABNORMAL, '', false, why, { sentCode: code, error: true }));
    endTcp(CLIENT, 'fin', now);
  };

  /** The server ends its side: closes TCP first (§7.1.1) and reports what it saw. */
  const serverFinish = (now: number, closeReport: WsCloseReport, how: TcpEnd = 'fin'): void => {
    serverPhase = 'done';
    endTcp(SERVER, how, now);
    builder.wsClose(SERVER, now, closeReport);
  };

  const clientGotFrameEvent = (transfer: Transfer, now: number): void => {
    if (clientPhase !== 'open' && clientPhase !== 'closing') {
      builder.arriveIgnored(transfer);
      return;
    }
    const out = clientReader.push(frameWire[transfer.id] ?? transfer.bytes);
    const first = out[0];
    if (first?.kind === 'error') {
      builder.arriveIgnored(transfer);
      failClient(first.error.closeCode, first.error.closeCode === CLOSE_INVALID_PAYLOAD ? 'invalid-payload' : 'protocol-error', now);
      return;
    }
    builder.arrive(transfer);
    if (first?.kind === 'ping' && clientPhase === 'open') {
      const pong = controlFrame('pong', first.payload, masks.next());
      if (params.fault === 'lost-pong' && !faultUsed && now >= params.faultAtMs) {
        faultUsed = true;
        const vanishAt = now + network.serializationMs(pong.message.headerBytes + pong.message.payloadBytes) + leg.latencyMs / 2;
        const lost = builder.sendLost('ws-frame', CLIENT, edge, MAIN, now, vanishAt, pong.message, `${pong.summary} · lost`);
        // A lost frame still left the client: its bytes count in the client's sequence space.
        clientTcp.advance(pong.message.headerBytes + pong.message.payloadBytes);
        sim.schedule(vanishAt, { kind: 'vanish', transfer: lost });
      } else send('ws-frame', CLIENT, MAIN, pong, now);
    } else if (first?.kind === 'close') {
      clientGotClose = { code: first.code, reason: first.reason };
      if (!clientSentClose) {
        // §5.5.1: answer a Close with a Close (echoing the code), then wait for the server to close TCP.
        clientSentClose = true;
        clientPhase = 'closing';
        const echo = first.hasCode ? { code: first.code, reason: first.reason } : { code: undefined, reason: '' };
        send('ws-frame', CLIENT, MAIN, controlFrame('close', echo, masks.next()), now);
      }
    }
  };

  const serverGotFrameEvent = (transfer: Transfer, now: number): void => {
    if (serverPhase !== 'open' && serverPhase !== 'closing') {
      builder.arriveIgnored(transfer);
      return;
    }
    const out = serverReader.push(frameWire[transfer.id] ?? transfer.bytes);
    const first = out[0];
    builder.arrive(transfer);
    if (first?.kind === 'pong') awaitingPong = false;
    else if (first?.kind === 'error') {
      // A client that breaks the rules: Close with the codec's code, then drop the connection.
      cause = 'protocol-error';
      send('ws-frame', SERVER, MAIN, controlFrame('close', { code: first.error.closeCode, reason: '' }), now);
      serverFinish(now, report(CLOSE_ABNORMAL, '', false, 'protocol-error', { sentCode: first.error.closeCode, error: true }));
    } else if (first?.kind === 'close') {
      serverGotClose = { code: first.code, reason: first.reason };
      const code = first.hasCode ? first.code : CLOSE_NO_STATUS;
      if (serverPhase === 'open') {
        send('ws-frame', SERVER, MAIN, controlFrame('close', { code: first.hasCode ? first.code : undefined, reason: first.reason }), now);
      }
      serverFinish(now, report(code, first.reason, cause === undefined, cause ?? 'normal'));
    }
  };

  const peerClosed = (actor: Side, how: TcpEnd, now: number): void => {
    if (actor === CLIENT && clientPhase !== 'done') {
      clientPhase = 'done';
      const clean = clientGotClose !== undefined && clientSentClose && how === 'fin';
      builder.wsClose(CLIENT, now, clean
        ? report(clientGotClose!.code, clientGotClose!.reason, true, 'normal')
        : report(CLOSE_ABNORMAL, '', false, cause ?? (how === 'rst' ? 'tcp-reset' : 'heartbeat-timeout')));
    } else if (actor === SERVER && serverPhase !== 'done' && serverPhase !== 'listening') {
      serverPhase = 'done';
      builder.wsClose(SERVER, now, report(serverGotClose?.code ?? CLOSE_ABNORMAL, serverGotClose?.reason ?? '', false, cause ?? 'tcp-reset'));
    }
  };

  function reset(now: number): void {
    resetPending = false;
    cause = 'tcp-reset';
    serverFinish(now, report(CLOSE_ABNORMAL, '', false, 'tcp-reset'), 'rst');
  }

  // --- the run ---

  for (const event of events) sim.schedule(event.time, event);
  clientMessages.forEach((time, index) => sim.schedule(time, { kind: 'client-message', index }));
  sim.schedule(0, { kind: 'connect' });
  sim.schedule(params.durationMs, { kind: 'close-start' });
  if (params.fault === 'tcp-reset') sim.schedule(Math.max(0, params.faultAtMs), { kind: 'reset' });

  sim.run((e, now) => {
    switch (e.kind) {
      case 'connect':
        builder.connection(CLIENT, MAIN, 'open', now);
        if (params.tcpDetail) sendSegment(CLIENT, ['SYN'], 'syn', now);
        // Without the segments drawn, the set-up still costs its round trip when the network says so.
        else sim.schedule(now + (params.network.setup === 'none' ? 0 : roundTrip), { kind: 'tcp-ready' });
        return;
      case 'tcp-ready':
        tcpReady(now);
        return;
      case 'tls-ready':
        builder.connection(CLIENT, MAIN, 'secured', now);
        sendUpgrade(now);
        return;
      case 'app-event':
        builder.appEvent(SERVER, e.id, now, e.payload);
        if (serverPhase === 'open') sendEvent(e, now);
        else if (serverPhase === 'listening') backlog.push(e);
        return;
      case 'client-message':
        builder.timer(CLIENT, 'send-message', now, clientMessages[e.index]!);
        if (clientPhase === 'open') sendClientMessage(e.index, now);
        else if (clientPhase === 'connecting' || clientPhase === 'handshaking') outbox.push(e.index);
        return;
      case 'heartbeat':
        if (serverPhase !== 'open') return;
        builder.timer(SERVER, 'heartbeat', now, params.pingIntervalMs);
        if (awaitingPong) {
          // ws's heartbeat pattern: no pong since the last ping, so the peer is gone; terminate without a Close.
          cause = 'heartbeat-timeout';
          serverFinish(now, report(CLOSE_ABNORMAL, '', false, 'heartbeat-timeout'));
          return;
        }
        awaitingPong = true;
        send('ws-frame', SERVER, MAIN, controlFrame('ping', EMPTY), now);
        sim.schedule(now + params.pingIntervalMs, { kind: 'heartbeat' });
        return;
      case 'close-start': {
        const code = params.closeCode;
        const reason = params.closeReason;
        if (params.closeBy === 'client' && clientPhase === 'open') {
          builder.timer(CLIENT, 'close', now, params.durationMs);
          clientPhase = 'closing';
          clientSentClose = true;
          send('ws-frame', CLIENT, MAIN, controlFrame('close', { code, reason }, masks.next()), now);
        } else if (params.closeBy === 'server' && serverPhase === 'open') {
          builder.timer(SERVER, 'close', now, params.durationMs);
          serverPhase = 'closing';
          send('ws-frame', SERVER, MAIN, controlFrame('close', { code, reason }), now);
        }
        return;
      }
      case 'reset':
        if (serverPhase === 'open' || serverPhase === 'closing') reset(now);
        else if (serverPhase === 'listening') resetPending = true;
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
      if (segment === 'syn') sendSegment(edge, ['SYN', 'ACK'], 'syn-ack', now);
      else if (segment === 'syn-ack') {
        sendSegment(CLIENT, ['ACK'], 'ack', now);
        tcpReady(now);
      } else if (segment === 'fin' || segment === 'rst') peerClosed(transfer.to as Side, segment, now);
      return;
    }
    switch (transfer.kind) {
      case 'http-request':
        builder.arrive(transfer);
        if (transfer.to === PROXY) {
          // A reverse proxy that does not pass Upgrade on: it forwards the request without its hop-by-hop headers.
          const parsed = parseRequest(transfer.bytes);
          if (!parsed.ok) return;
          builder.connection(PROXY, UPSTREAM, 'open', now);
          send('http-request', PROXY, UPSTREAM, { message: strippedRequest(parsed.value), summary: 'GET /chat · Upgrade stripped' }, now);
        } else serverGotRequest(transfer, now);
        return;
      case 'http-response':
        builder.arrive(transfer);
        if (transfer.to === PROXY) {
          send('http-response', PROXY, MAIN, { message: { bytes: transfer.bytes, fields: transfer.fields, headerBytes: transfer.headerBytes, payloadBytes: transfer.payloadBytes }, summary: transfer.summary }, now);
          builder.connection(PROXY, UPSTREAM, 'closed', now);
        } else clientGotResponse(transfer, now);
        return;
      default:
        if (transfer.to === CLIENT) clientGotFrameEvent(transfer, now);
        else serverGotFrameEvent(transfer, now);
    }
  }

  return builder.build();
}
