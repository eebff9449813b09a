/**
 * The sockets scenario (issue 11): two processes' system calls on their
 * lifelines beside the TCP segments those calls cause. An iterative echo
 * server and an echo client (`echoPrograms.ts`) call into their hosts'
 * kernels (`socketHost.ts`), which run RFC 9293's state machine per socket and
 * cut segments with the shared segment model (`tcp/`). Everything on the wire
 * is a TCP segment: the 20-byte header and the bytes it carries.
 *
 *   client                                   server
 *   socket() → 3                             socket() → 3, bind(3, :7000), listen(3, 8)
 *   connect(3) ····· SYN ──────────────────> accept(3) blocks            LISTEN
 *     SYN-SENT  <──────────────── SYN-ACK ·· SYN-RECEIVED
 *   connect → 0 ····· ACK ─────────────────> accept → 4                  ESTABLISHED
 *   send(3, "hello\n") ─ PSH-ACK len=6 ────> recv(4) → 6
 *   recv(3) → 6  <──────── PSH-ACK len=6 ─── send(4, "hello\n")
 *   close(3) ········ FIN ─────────────────> recv(4) → 0               CLOSE-WAIT
 *     FIN-WAIT-2 <────────────────── FIN ··· close(4)                    LAST-ACK
 *     TIME-WAIT ······ ACK ────────────────> CLOSED;  close(3)
 *     … 2·MSL → CLOSED
 */
import { createPrng } from '../../engine/createPrng';
import { deriveSeed } from '../../engine/deriveSeed';
import { Simulation } from '../../engine/simulation';
import { Network } from '../../network/network';
import { ephemeralPort, initialSequence } from '../../tcp/initialSequence';
import type { TcpEnd, TcpPeer } from '../../tcp/tcpEnd';
import { tcpFlagsLabel, TCP_HEADER_BYTES, type TcpFlag } from '../../tcp/tcpSegment';
import { encodeSegmentData, type TcpSegmentRecord } from '../../tcp/tcpSegmentData';
import { TimelineBuilder } from '../../timeline/timelineBuilder';
import type { Actor, Timeline, Transfer } from '../../timeline/types';
import type { SocketsParams } from '../scenarioParams';
import { EchoClient, EchoServer, type ExchangeSpec, type ProgramNext } from './echoPrograms';
import { SocketCalls } from './socketCalls';
import { RECEIVE_BUFFER_BYTES, SocketHost, type HostWorld, type Sock } from './socketHost';
import { AppMessageStep, TcpStateStep } from './socketSteps';
import { normalizeSocketsParams } from './socketsParams';

const CLIENT = 'client';
const SECOND_CLIENT = 'client-2';
const SERVER = 'server';
/** RFC 6298 §2.1: the first retransmission time-out is 1 s; each retry doubles it (§5.5). */
const INITIAL_RTO_MS = 1000;
const MAX_SYN_RETRIES = 6;

type SocketsEvent =
  | { readonly kind: 'run'; readonly actor: string }
  | { readonly kind: 'segment'; readonly segment: TcpSegmentRecord; readonly transfer: Transfer }
  | { readonly kind: 'rto'; readonly actor: string; readonly sock: Sock; readonly attempt: number }
  | { readonly kind: 'time-wait'; readonly actor: string; readonly sock: Sock; readonly ms: number }
  | { readonly kind: 'ack'; readonly actor: string; readonly sock: Sock };

interface Process {
  readonly calls: SocketCalls;
  readonly program: { run(now: number): ProgramNext };
  wakeAt: number | undefined;
}

/** Runs the sockets scenario. */
export function runSockets(input: SocketsParams): Timeline {
  const params = normalizeSocketsParams(input);
  const backlogFull = params.fault === 'backlog-full';
  const clients = backlogFull ? [SECOND_CLIENT, CLIENT] : [CLIENT];
  const actors: Actor[] = [...clients.map((id): Actor => ({ id, role: 'client' })), { id: SERVER, role: 'server' }];
  const builder = new TimelineBuilder('sockets', actors, true);
  const network = new Network(params.network, createPrng(deriveSeed(params.seed, 'network')));
  const wake = createPrng(deriveSeed(params.seed, 'sockets-wake'));
  const sim = new Simulation<SocketsEvent>();
  const isClient = new Set(clients);
  const processes = new Map<string, Process>();

  const transmitSegment = (segment: (arrivedAt: number) => TcpSegmentRecord, from: string, to: string, connection: number, bytes: number, now: number, retransmission: boolean): void => {
    const arrivedAt = network.transmit(connection, isClient.has(from) ? 'up' : 'down', now, TCP_HEADER_BYTES + bytes);
    const record = segment(arrivedAt);
    const label = tcpFlagsLabel(record.flags);
    const summary = `${label}${record.payloadLength > 0 ? ` len=${record.payloadLength}` : ''}${retransmission ? ' (again)' : ''}`;
    const message = { headerBytes: TCP_HEADER_BYTES, payloadBytes: record.payloadLength, encode: () => encodeSegmentData(record) };
    const transfer = builder.sendParts('tcp-segment', from, to, connection, now, arrivedAt, message, summary, undefined, false);
    sim.schedule(arrivedAt, { kind: 'segment', segment: record, transfer });
  };

  const worldOf = (actor: string): HostWorld => ({
    send(sock: Sock, flags: readonly TcpFlag[], payload?: Uint8Array, retransmitSeq?: number): void {
      const tcb = sock.tcb!;
      const peer = sock.peer!;
      tcb.window = RECEIVE_BUFFER_BYTES - sock.inboxBytes;
      const now = sim.now;
      const retransmission = retransmitSeq !== undefined;
      transmitSegment((arrivedAt) => tcb.segment(peer, sock.connection, flags, payload, { sentAt: now, arrivedAt, retransmission }, retransmitSeq),
        actor, peer.actor, sock.connection, payload?.length ?? 0, now, retransmission);
      if (flags.length === 1 && flags[0] === 'SYN') {
        // The SYN's retransmission timer: RTO 1 s, doubled for each retry.
        const attempt = attemptOf(sock);
        sim.schedule(now + INITIAL_RTO_MS * 2 ** attempt, { kind: 'rto', actor, sock, attempt });
      }
    },
    ackSoon(sock: Sock): void {
      if (pendingAcks.has(sock)) return;
      pendingAcks.add(sock);
      // Queued behind every arrival already due now, so one ACK covers them all.
      sim.schedule(sim.now, { kind: 'ack', actor, sock });
    },
    sendFrom(end: TcpEnd, peer: TcpPeer, connection: number, flags: readonly TcpFlag[]): void {
      const now = sim.now;
      transmitSegment((arrivedAt) => end.segment(peer, connection, flags, undefined, { sentAt: now, arrivedAt }), actor, peer.actor, connection, 0, now, false);
    },
    state(sock: Sock, state): void {
      builder.record(new TcpStateStep(sim.now, actor, sock.fd, sock.connection, state));
    },
    synDropped(listener: Sock): void {
      builder.record(new TcpStateStep(sim.now, actor, listener.fd, 0, listener.state, 'syn-dropped', listener.backlog));
    },
    readable(sock: Sock): void {
      const process = processes.get(actor);
      if (process === undefined || process.calls.waiting?.sock !== sock || process.wakeAt !== undefined) return;
      // The scheduler wakes the blocked process a little later; bytes arriving meanwhile join the same recv().
      process.wakeAt = sim.now + wake.nextFloat(0, params.wakeJitterMs);
      sim.schedule(process.wakeAt, { kind: 'run', actor });
    },
    timeWait(sock: Sock): void {
      sim.schedule(sim.now + 2 * params.mslMs, { kind: 'time-wait', actor, sock, ms: 2 * params.mslMs });
    },
  });

  const synAttempts = new Map<Sock, number>();
  const pendingAcks = new Set<Sock>();
  const attemptOf = (sock: Sock): number => synAttempts.get(sock) ?? 0;

  const worlds = new Map<string, HostWorld>();
  const hosts = new Map<string, SocketHost>();
  for (const actor of [...clients, SERVER]) {
    worlds.set(actor, worldOf(actor));
    hosts.set(actor, new SocketHost(actor, worlds.get(actor)!, (connection) => initialSequence(params.seed, connection, actor === SERVER ? 'acceptor' : 'opener')));
  }

  const spec: ExchangeSpec = {
    messages: params.messages,
    framing: params.framing,
    recvBytes: params.recvBytes,
    fault: params.fault,
    appMessage: (actor, now, fd, index, text) => builder.record(new AppMessageStep(now, actor, fd, index, text)),
    transmit: (sock, bytes) => {
      for (let offset = 0; offset < bytes.length; offset += params.mss) {
        const piece = bytes.slice(offset, offset + params.mss);
        const last = offset + params.mss >= bytes.length;
        worlds.get(sock.tcb!.actor)!.send(sock, last ? ['PSH', 'ACK'] : ['ACK'], piece);
      }
    },
  };

  // The server is listening before any SYN can arrive: its first three calls come first.
  const latency = params.network.latencyMs;
  const listening = 3 * params.callGapMs;
  // backlog-full: client-2 fills the one-place queue and the server stays busy until our client's first SYN was dropped.
  const serverBusyUntil = backlogFull ? listening + 6 * latency + 8 * params.callGapMs : 0;

  const serverCalls = new SocketCalls(SERVER, hosts.get(SERVER)!, builder);
  processes.set(SERVER, {
    calls: serverCalls,
    program: new EchoServer(serverCalls, spec, {
      port: params.port, backlog: backlogFull ? 1 : params.backlog, clients: clients.length, closeFirst: params.closeBy === 'server', firstAcceptAt: serverBusyUntil,
    }),
    wakeAt: undefined,
  });
  // A connection refused: the client dials a port next to the server's, where nobody listens.
  const dialPort = params.fault === 'refused' ? params.port + 1 : params.port;
  clients.forEach((actor) => {
    const calls = new SocketCalls(actor, hosts.get(actor)!, builder);
    const connection = actor === CLIENT ? 1 : 2;
    const program = new EchoClient(calls, spec, connection, ephemeralPort(params.seed, connection), { actor: SERVER, port: dialPort },
      { closeFirst: params.closeBy === 'client', halfClose: params.halfClose });
    processes.set(actor, { calls, program, wakeAt: undefined });
  });

  sim.schedule(0, { kind: 'run', actor: SERVER });
  if (backlogFull) {
    sim.schedule(listening, { kind: 'run', actor: SECOND_CLIENT });
    sim.schedule(listening + 4 * latency + 4 * params.callGapMs, { kind: 'run', actor: CLIENT });
  } else sim.schedule(listening, { kind: 'run', actor: CLIENT });

  sim.run((event, now) => {
    switch (event.kind) {
      case 'run': {
        const process = processes.get(event.actor)!;
        if (process.wakeAt !== undefined && process.wakeAt !== now) return;
        process.wakeAt = undefined;
        const next = process.program.run(now);
        if (next === 'again') sim.schedule(now + params.callGapMs, { kind: 'run', actor: event.actor });
        else if (typeof next === 'object') sim.schedule(next.until, { kind: 'run', actor: event.actor });
        return;
      }
      case 'segment':
        builder.arrive(event.transfer);
        hosts.get(event.transfer.to)!.receive(event.segment);
        return;
      case 'rto': {
        const { sock, attempt } = event;
        if (sock.state !== 'SYN-SENT' || attemptOf(sock) !== attempt || attempt >= MAX_SYN_RETRIES) return;
        synAttempts.set(sock, attempt + 1);
        builder.timer(event.actor, 'retransmit', now, INITIAL_RTO_MS * 2 ** attempt);
        worlds.get(event.actor)!.send(sock, ['SYN'], undefined, sock.tcb!.iss);
        return;
      }
      case 'ack':
        pendingAcks.delete(event.sock);
        if (event.sock.state !== 'CLOSED') worlds.get(event.actor)!.send(event.sock, ['ACK']);
        return;
      case 'time-wait':
        builder.timer(event.actor, 'time-wait', now, event.ms);
        hosts.get(event.actor)!.apply(event.sock, { kind: 'time-wait-timeout' });
        return;
    }
  });
  return builder.build();
}
