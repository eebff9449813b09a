/**
 * The segments a timeline already draws as transfers (the sockets scenario,
 * where segments are all there is), read back from their bytes as data: what
 * a capture export writes and what the consistency checks read.
 */
import type { Timeline } from '../timeline/types';
import { decodeTcpSegment } from './decodeTcpSegment';
import type { TcpSegmentData } from './tcpSegmentData';

/** Every 'tcp-segment' transfer of `timeline` as `TcpSegmentData`, in the order they were sent. */
export function segmentTransfers(timeline: Timeline): TcpSegmentData[] {
  const out: TcpSegmentData[] = [];
  for (const t of timeline.transfers) {
    if (t.kind !== 'tcp-segment') continue;
    const decoded = decodeTcpSegment(t.bytes);
    if (!decoded.ok) continue;
    const s = decoded.segment;
    out.push({
      connection: t.connection, from: t.from, to: t.to, srcPort: s.srcPort, dstPort: s.dstPort, seq: s.seq, ack: s.ack,
      flags: s.flags, window: s.window, payload: s.payload, payloadLength: s.payload.length,
      sentAt: t.sentAt, arrivedAt: t.arrivedAt, lost: t.lost === true, retransmission: t.summary.endsWith('(again)'), transferId: t.id,
    });
  }
  return out;
}
