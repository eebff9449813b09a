/**
 * Checks that a list of segments tells one consistent TCP story, independently
 * of how they were made: per connection and direction, each segment starts
 * where the previous one ended (SYN and FIN count one; a retransmission repeats
 * an earlier number), and each acknowledgment number is exactly what had
 * arrived in order from the peer when the segment left — no more, no less.
 * Segments arriving at the very moment another leaves may count or not (two
 * events at one instant have no order the data can show).
 */
import { segmentLength } from './tcpSegment';
import type { TcpSegmentData } from './tcpSegmentData';

/** The first inconsistency found, or ok. */
export type SegmentConsistency =
  | { readonly ok: true }
  | { readonly ok: false; readonly problem: 'no-syn-first' | 'seq-gap' | 'ack-wrong' | 'ack-went-back'; readonly index: number; readonly expected: number; readonly got: number };

/** Checks `segments` (any order) for sequence and acknowledgment consistency. */
export function segmentConsistency(segments: readonly TcpSegmentData[]): SegmentConsistency {
  const order = segments.map((_, i) => i).sort((a, b) => segments[a]!.sentAt - segments[b]!.sentAt || a - b);
  const received = receivedLanes(segments);
  // Per direction ("connection:from"): the next sequence number, set by its SYN.
  const next = new Map<string, number>();
  const lastAck = new Map<string, number>();
  for (const i of order) {
    const s = segments[i]!;
    const lane = `${s.connection}:${s.from}`;
    const length = segmentLength(s.flags, s.payloadLength);
    const expected = next.get(lane);
    if (expected === undefined) {
      if (!s.flags.includes('SYN') && !s.flags.includes('RST')) return { ok: false, problem: 'no-syn-first', index: i, expected: 0, got: s.seq };
      if (s.flags.includes('SYN')) next.set(lane, (s.seq + length) >>> 0);
    } else if (s.retransmission) {
      if (((expected - s.seq) >>> 0) < length) return { ok: false, problem: 'seq-gap', index: i, expected, got: s.seq };
    } else {
      if (s.seq !== expected) return { ok: false, problem: 'seq-gap', index: i, expected, got: s.seq };
      next.set(lane, (expected + length) >>> 0);
    }
    if (!s.flags.includes('ACK')) continue;
    const peer = received.get(`${s.connection}:${s.to}`);
    const atLeast = peer?.at(s.sentAt, false);
    const atMost = peer?.at(s.sentAt, true);
    if (atMost === undefined || (s.ack !== atMost && s.ack !== atLeast && !between(atLeast, s.ack, atMost))) {
      return { ok: false, problem: 'ack-wrong', index: i, expected: atMost ?? -1, got: s.ack };
    }
    const previous = lastAck.get(lane);
    if (previous !== undefined && ((s.ack - previous) | 0) < 0) return { ok: false, problem: 'ack-went-back', index: i, expected: previous, got: s.ack };
    lastAck.set(lane, s.ack);
  }
  return { ok: true };
}

/** True when `x` lies in (low, high) in sequence space. */
function between(low: number | undefined, x: number, high: number): boolean {
  return low !== undefined && ((x - low) >>> 0) < ((high - low) >>> 0);
}

/** What a receiver has taken in from one sender, in arrival order: RCV.NXT after each arrival. */
interface ReceivedLane {
  /** RCV.NXT at `time`, counting arrivals at that very time (`atTime`) or only those before; undefined before the SYN. */
  at(time: number, atTime: boolean): number | undefined;
}

/** Per sender lane ("connection:from"), the receiver's RCV.NXT over time, from the sender's SYN on. */
function receivedLanes(segments: readonly TcpSegmentData[]): Map<string, ReceivedLane> {
  const arrivals = new Map<string, TcpSegmentData[]>();
  for (const s of segments) {
    if (s.lost) continue;
    const key = `${s.connection}:${s.from}`;
    let list = arrivals.get(key);
    if (list === undefined) arrivals.set(key, (list = []));
    list.push(s);
  }
  const lanes = new Map<string, ReceivedLane>();
  for (const [key, list] of arrivals) {
    list.sort((a, b) => a.arrivedAt - b.arrivedAt || a.sentAt - b.sentAt);
    const times: number[] = [];
    const rcvNxt: (number | undefined)[] = [];
    let current: number | undefined;
    for (const s of list) {
      const length = segmentLength(s.flags, s.payloadLength);
      if (s.flags.includes('SYN')) current = (s.seq + length) >>> 0;
      else if (current !== undefined && s.seq === current) current = (current + length) >>> 0;
      times.push(s.arrivedAt);
      rcvNxt.push(current);
    }
    lanes.set(key, {
      at(time, atTime) {
        // The last arrival at or before `time` (before, without `atTime`).
        let lo = 0;
        let hi = times.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (atTime ? times[mid]! <= time : times[mid]! < time) lo = mid + 1;
          else hi = mid;
        }
        return lo === 0 ? undefined : rcvNxt[lo - 1];
      },
    });
  }
  return lanes;
}
