/**
 * One end of a TCP connection as sequence numbers (RFC 9293 §3.3.1): the next
 * sequence number it will send (SND.NXT) and the next one it expects (RCV.NXT).
 * Every segment in the simulator is cut by `TcpEnd.segment`, so seq and ack
 * are right by construction wherever segments are drawn.
 */
import { segmentLength, type TcpFlag } from './tcpSegment';
import { TcpSegmentRecord, type PayloadSource, type TcpSegmentData } from './tcpSegmentData';

/** A window this model advertises when nothing says otherwise (Linux's first window over Ethernet: 44 × 1460). */
export const DEFAULT_TCP_WINDOW = 64240;
/** Ethernet's 1500-byte MTU minus 20 bytes of IPv4 and 20 of TCP header. */
export const DEFAULT_MSS = 1460;

/** How a segment is sent. */
export interface SegmentTiming {
  readonly sentAt: number;
  readonly arrivedAt: number;
  readonly lost?: boolean;
  readonly retransmission?: boolean;
  readonly transferId?: number;
  readonly transferOffset?: number;
}

/** Where a segment goes: the peer's lifeline and port. */
export interface TcpPeer {
  readonly actor: string;
  readonly port: number;
}

/** One side's SND.NXT and RCV.NXT, its port and its advertised window. */
export class TcpEnd {
  private sndNxt: number;
  private rcvNxt = 0;
  /** The initial sequence number it chose. */
  readonly iss: number;
  window = DEFAULT_TCP_WINDOW;

  constructor(readonly actor: string, readonly port: number, iss: number) {
    this.iss = iss >>> 0;
    this.sndNxt = this.iss;
  }

  /** Sequence number of the next byte (or SYN/FIN) it sends. */
  get nextSeq(): number {
    return this.sndNxt;
  }

  /** Next sequence number it expects from the peer (what its ACKs say). */
  get expected(): number {
    return this.rcvNxt;
  }

  /**
   * Cuts a segment to `peer` with `flags` and `payload` from SND.NXT, acknowledging RCV.NXT when ACK is set,
   * and advances SND.NXT by the payload plus one for SYN and for FIN. A retransmission reuses `seq`.
   */
  segment(peer: TcpPeer, connection: number, flags: readonly TcpFlag[], payload: PayloadSource | undefined, timing: SegmentTiming, seq?: number): TcpSegmentRecord {
    const length = segmentLength(flags, payload?.length ?? 0);
    const at = seq ?? this.sndNxt;
    const ack = flags.includes('ACK') ? this.rcvNxt : 0;
    const window = flags.includes('RST') ? 0 : this.window;
    if (seq === undefined) this.sndNxt = (this.sndNxt + length) >>> 0;
    return new TcpSegmentRecord(
      connection, this.actor, peer.actor, this.port, peer.port, at, ack, flags, window, payload,
      timing.sentAt, timing.arrivedAt, timing.lost === true, timing.retransmission === true, timing.transferId, timing.transferOffset,
    );
  }

  /** Counts `n` bytes as sent by a message the scenario draws whole rather than as segments. */
  wrote(n: number): void {
    this.sndNxt = (this.sndNxt + n) >>> 0;
  }

  /** Counts `n` in-order bytes as received from such a message. */
  took(n: number): void {
    this.rcvNxt = (this.rcvNxt + n) >>> 0;
  }

  /**
   * Takes in a segment that arrived: a SYN fixes RCV.NXT at the peer's ISN + 1; otherwise RCV.NXT moves on only
   * when the segment is the next one expected (this model keeps no out-of-order queue).
   */
  receive(segment: TcpSegmentData): void {
    const length = segmentLength(segment.flags, segment.payloadLength);
    if (segment.flags.includes('SYN')) this.rcvNxt = (segment.seq + length) >>> 0;
    else if (segment.seq === this.rcvNxt) this.rcvNxt = (this.rcvNxt + length) >>> 0;
  }
}
