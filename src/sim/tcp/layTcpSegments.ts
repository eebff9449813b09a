/**
 * The segment layer (DESIGN §3a): lays any timeline's transfers on their TCP
 * connections as the segments a kernel would send. Per connection: the
 * three-way handshake (SYN and SYN-ACK each take one sequence number), each
 * transfer's bytes cut at the MSS, an ACK for every arrival (carried by data
 * leaving at the same moment when there is some), and at the end FIN and ACK
 * both ways — or one RST where the timeline says the connection was reset.
 * Derived, not drawn by each scenario: the WebSocket widget's TCP detail and
 * a capture export read the same segments.
 *
 * Timing comes from the timeline: data segments leave and arrive with their
 * transfer; the handshake fits between the connection's open step and its
 * first transfer (squeezed to an instant when the scenario modelled no set-up
 * time); FINs travel one one-way delay, after the data before them.
 */
import type { Step, Timeline, Transfer } from '../timeline/types';
import { ephemeralPort, initialSequence } from './initialSequence';
import { DEFAULT_MSS, DEFAULT_TCP_WINDOW, TcpEnd } from './tcpEnd';
import type { TcpFlag } from './tcpSegment';
import type { TcpSegmentData, TcpSegmentRecord } from './tcpSegmentData';
import { segmentTransfers } from './segmentTransfers';

/** How segments are laid. */
export interface LaySegmentsOptions {
  /** Seeds the initial sequence numbers and the client's port (use the scenario's seed). */
  readonly seed?: number;
  /** Largest payload per segment (default 1460: Ethernet). */
  readonly mss?: number;
  /** Advertised receive window (default 64240). */
  readonly window?: number;
  /** The port the connection's acceptor listens on (default 80). */
  readonly serverPort?: number;
  /** One-way delay for segments the timeline has no transfer for (handshake, ACKs, FINs); default: the fastest transfer's. */
  readonly oneWayMs?: number;
}

type Side = 'opener' | 'acceptor';
type Action =
  | { readonly kind: 'data'; readonly transfer: Transfer }
  | { readonly kind: 'arrive'; readonly transfer: Transfer }
  | { readonly kind: 'fin'; readonly by: Side; readonly arrivesAt: number }
  | { readonly kind: 'fin-arrive'; readonly by: Side }
  | { readonly kind: 'rst'; readonly by: Side; readonly arrivesAt: number }
  | { readonly kind: 'rst-arrive'; readonly by: Side };

interface Timed { readonly time: number; readonly rank: number; readonly order: number; readonly action: Action }

// Shared flag lists: a long timeline cuts tens of thousands of segments.
const DATA_LAST: readonly TcpFlag[] = Object.freeze(['PSH', 'ACK']);
const DATA_MORE: readonly TcpFlag[] = Object.freeze(['ACK']);

/** A slice of a transfer's bytes, read only when someone asks for the payload (the transfer may encode lazily). */
class TransferSlice {
  constructor(private readonly transfer: Transfer, private readonly offset: number, readonly length: number) {}
  /** The slice's bytes. */
  read(): Uint8Array {
    return this.transfer.bytes.subarray(this.offset, this.offset + this.length);
  }
}

// At equal times: arrivals first (so an ACK can ride on data leaving then), then sends, then FINs and RSTs.
const RANK: Readonly<Record<Action['kind'], number>> = { arrive: 0, 'fin-arrive': 0, 'rst-arrive': 0, data: 1, fin: 2, rst: 2 };

/**
 * Lays every connection of `timeline` into segments, in the order they leave. A timeline that already is
 * segments (the sockets scenario) gives its own, read back from their bytes; `options` do not apply there.
 */
export function layTcpSegments(timeline: Timeline, options: LaySegmentsOptions = {}): TcpSegmentData[] {
  if (timeline.transfers.length > 0 && timeline.transfers.every((t) => t.kind === 'tcp-segment')) return segmentTransfers(timeline);
  const byConnection = new Map<number, Transfer[]>();
  for (const t of timeline.transfers) {
    if (t.kind === 'tcp-segment') continue;
    let list = byConnection.get(t.connection);
    if (list === undefined) byConnection.set(t.connection, (list = []));
    list.push(t);
  }
  const stateSteps = new Map<number, StateStep[]>();
  for (const step of timeline.steps) {
    if (step.kind !== 'state') continue;
    let list = stateSteps.get(step.connection);
    if (list === undefined) stateSteps.set(step.connection, (list = []));
    list.push(step);
  }
  const oneWay = options.oneWayMs ?? fastestTransfer(timeline.transfers);
  const segments: TcpSegmentRecord[] = [];
  for (const [connection, transfers] of [...byConnection].sort((a, b) => a[0] - b[0])) {
    for (const segment of layConnection(connection, transfers, stateSteps.get(connection) ?? [], oneWay, options)) segments.push(segment);
  }
  return segments.sort((a, b) => a.sentAt - b.sentAt);
}

/** The shortest transfer time in the timeline: one-way delay plus the least serialization. */
function fastestTransfer(transfers: readonly Transfer[]): number {
  let fastest = Infinity;
  for (const t of transfers) if (!t.lost && t.arrivedAt - t.sentAt < fastest) fastest = t.arrivedAt - t.sentAt;
  return Number.isFinite(fastest) ? fastest : 0;
}

type StateStep = Extract<Step, { kind: 'state' }>;

/** Lays one connection: its transfers in send order and its open/close steps. */
function layConnection(connection: number, transfers: readonly Transfer[], stateSteps: readonly StateStep[], oneWay: number, options: LaySegmentsOptions): TcpSegmentRecord[] {
  const seed = options.seed ?? 0;
  const mss = Math.max(1, options.mss ?? DEFAULT_MSS);
  const openStep = stateSteps.find((s) => s.state === 'open');
  const openerId = openStep?.actor ?? transfers[0]!.from;
  const acceptorId = transfers.find((t) => t.from !== openerId)?.from ?? transfers.find((t) => t.to !== openerId)?.to ?? transfers[0]!.to;
  const opener = new TcpEnd(openerId, ephemeralPort(seed, connection), initialSequence(seed, connection, 'opener'));
  const acceptor = new TcpEnd(acceptorId, options.serverPort ?? 80, initialSequence(seed, connection, 'acceptor'));
  opener.window = acceptor.window = options.window ?? DEFAULT_TCP_WINDOW;
  const end = (by: Side): TcpEnd => (by === 'opener' ? opener : acceptor);
  const endOf = (actor: string): TcpEnd => (actor === openerId ? opener : acceptor);
  const peerOf = (side: TcpEnd): TcpEnd => (side === opener ? acceptor : opener);
  const out: TcpSegmentRecord[] = [];

  // The handshake fits between the open step and the first transfer.
  const openAt = Math.min(openStep?.time ?? Infinity, transfers[0]!.sentAt);
  const h = Math.min(oneWay, Math.max(0, (transfers[0]!.sentAt - openAt) / 2));
  const syn = opener.segment(acceptor, connection, ['SYN'], undefined, { sentAt: openAt, arrivedAt: openAt + h });
  acceptor.receive(syn);
  const synAck = acceptor.segment(opener, connection, ['SYN', 'ACK'], undefined, { sentAt: openAt + h, arrivedAt: openAt + 2 * h });
  opener.receive(synAck);
  out.push(syn, synAck, opener.segment(acceptor, connection, ['ACK'], undefined, { sentAt: openAt + 2 * h, arrivedAt: openAt + 3 * h }));

  const timed: Timed[] = [];
  const add = (time: number, action: Action): void => { timed.push({ time, rank: RANK[action.kind], order: timed.length, action }); };
  const lastSent = { opener: -Infinity, acceptor: -Infinity };
  const lastArrived = { opener: -Infinity, acceptor: -Infinity };
  for (const t of transfers) {
    const side = t.from === openerId ? 'opener' : 'acceptor';
    add(t.sentAt, { kind: 'data', transfer: t });
    lastSent[side] = Math.max(lastSent[side], t.sentAt);
    if (!t.lost) {
      add(t.arrivedAt, { kind: 'arrive', transfer: t });
      lastArrived[side] = Math.max(lastArrived[side], t.arrivedAt);
    }
  }
  // The first side to close or reset; the other answers a FIN with its own once its data is out.
  const ending = stateSteps.find((s) => s.state === 'closed' || s.state === 'reset');
  if (ending !== undefined) {
    const first: Side = ending.actor === openerId ? 'opener' : 'acceptor';
    const second: Side = first === 'opener' ? 'acceptor' : 'opener';
    const closeAt = ending.time;
    const arrivesAt = Math.max(closeAt + oneWay, lastArrived[first]);
    if (ending.state === 'reset') {
      add(closeAt, { kind: 'rst', by: first, arrivesAt });
      add(arrivesAt, { kind: 'rst-arrive', by: first });
    } else {
      const secondClose = stateSteps.find((s) => s !== ending && s.state === 'closed' && endOf(s.actor) === end(second));
      const secondAt = Math.max(arrivesAt, lastSent[second], secondClose?.time ?? -Infinity);
      const secondArrives = Math.max(secondAt + oneWay, lastArrived[second]);
      add(Math.max(closeAt, lastSent[first]), { kind: 'fin', by: first, arrivesAt });
      add(arrivesAt, { kind: 'fin-arrive', by: first });
      add(secondAt, { kind: 'fin', by: second, arrivesAt: secondArrives });
      add(secondArrives, { kind: 'fin-arrive', by: second });
    }
  }
  timed.sort((a, b) => a.time - b.time || a.rank - b.rank || a.order - b.order);

  // A side sends no data after its FIN; a reset silences both sides.
  const finSent = new Set<TcpEnd>();
  const dead = new Set<TcpEnd>();
  const fins = new Map<TcpEnd, TcpSegmentRecord>();
  const cut = new Map<number, TcpSegmentRecord[]>();
  /** True when `side` sends, or takes in more, at the same moment as action `i`: its ACK can wait for that. */
  const busyNow = (i: number, side: TcpEnd): boolean => {
    const time = timed[i]!.time;
    for (let j = i + 1; j < timed.length && timed[j]!.time === time; j++) {
      const a = timed[j]!.action;
      if (a.kind === 'data' && endOf(a.transfer.from) === side && !finSent.has(side)) return true;
      if (a.kind === 'arrive' && endOf(a.transfer.to) === side && cut.has(a.transfer.id)) return true;
      if (a.kind === 'fin' && end(a.by) === side && !finSent.has(side)) return true;
      if (a.kind === 'fin-arrive' && end(a.by) !== side) return true;
    }
    return false;
  };
  const ackNow = (from: TcpEnd, time: number): void => {
    out.push(from.segment(peerOf(from), connection, ['ACK'], undefined, { sentAt: time, arrivedAt: time + oneWay }));
  };

  for (let i = 0; i < timed.length; i++) {
    const { time, action } = timed[i]!;
    switch (action.kind) {
      case 'data': {
        const t = action.transfer;
        const from = endOf(t.from);
        if (finSent.has(from) || dead.has(from)) break;
        const length = t.headerBytes + t.payloadBytes;
        const pieces: TcpSegmentRecord[] = [];
        for (let offset = 0; offset < length; offset += mss) {
          const size = Math.min(mss, length - offset);
          const flags = offset + size >= length ? DATA_LAST : DATA_MORE;
          pieces.push(from.segment(peerOf(from), connection, flags, new TransferSlice(t, offset, size), { sentAt: t.sentAt, arrivedAt: t.arrivedAt, lost: t.lost === true, transferId: t.id, transferOffset: offset }));
        }
        out.push(...pieces);
        cut.set(t.id, pieces);
        break;
      }
      case 'arrive': {
        const to = endOf(action.transfer.to);
        const pieces = cut.get(action.transfer.id);
        if (pieces === undefined || dead.has(to)) break;
        for (const s of pieces) to.receive(s);
        if (!busyNow(i, to)) ackNow(to, time);
        break;
      }
      case 'fin': {
        const from = end(action.by);
        if (finSent.has(from) || dead.has(from)) break;
        const fin = from.segment(peerOf(from), connection, ['FIN', 'ACK'], undefined, { sentAt: time, arrivedAt: action.arrivesAt });
        out.push(fin);
        fins.set(from, fin);
        finSent.add(from);
        break;
      }
      case 'fin-arrive': {
        const fin = fins.get(end(action.by));
        const to = peerOf(end(action.by));
        if (fin === undefined || dead.has(to)) break;
        to.receive(fin);
        if (!busyNow(i, to)) ackNow(to, time);
        break;
      }
      case 'rst': {
        const from = end(action.by);
        if (dead.has(from)) break;
        out.push(from.segment(peerOf(from), connection, ['RST'], undefined, { sentAt: time, arrivedAt: action.arrivesAt }));
        dead.add(from);
        break;
      }
      case 'rst-arrive':
        dead.add(peerOf(end(action.by)));
        break;
    }
  }
  return out;
}

