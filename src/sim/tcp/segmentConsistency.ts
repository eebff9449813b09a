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
  const order = segments.map((s, i) => i).sort((a, b) => segments[a]!.sentAt - segments[b]!.sentAt || a - b);
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
    const atLeast = receivedInOrder(segments, s.connection, s.to, s.sentAt, false);
    const atMost = receivedInOrder(segments, s.connection, s.to, s.sentAt, true);
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

/**
 * RCV.NXT of the receiver of `from`'s segments at `time`: what arrived from `from` by then (or, without `atTime`,
 * strictly before), in order, from its SYN on.
 */
function receivedInOrder(segments: readonly TcpSegmentData[], connection: number, from: string, time: number, atTime: boolean): number | undefined {
  const arrived = segments
    .filter((s) => s.connection === connection && s.from === from && !s.lost && (atTime ? s.arrivedAt <= time : s.arrivedAt < time))
    .sort((a, b) => a.arrivedAt - b.arrivedAt || a.sentAt - b.sentAt);
  let rcvNxt: number | undefined;
  for (const s of arrived) {
    const length = segmentLength(s.flags, s.payloadLength);
    if (s.flags.includes('SYN')) rcvNxt = (s.seq + length) >>> 0;
    else if (rcvNxt !== undefined && s.seq === rcvNxt) rcvNxt = (rcvNxt + length) >>> 0;
  }
  return rcvNxt;
}
