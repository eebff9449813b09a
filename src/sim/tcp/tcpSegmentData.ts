/**
 * A TCP segment as data: who sent it to whom on which connection, its header
 * values, its payload and when it left and arrived. The segment layer, the
 * sockets scenario and a capture export all speak this shape; `encodeSegmentData`
 * turns one into the annotated bytes the inspector shows.
 */
import { encodeTcpSegment, type EncodedTcpSegment, type TcpFlag } from './tcpSegment';

/** One segment on the wire. */
export interface TcpSegmentData {
  readonly connection: number;
  readonly from: string;
  readonly to: string;
  readonly srcPort: number;
  readonly dstPort: number;
  /** Sequence number (unsigned 32-bit). */
  readonly seq: number;
  /** Acknowledgment number (unsigned 32-bit; 0 without the ACK flag). */
  readonly ack: number;
  readonly flags: readonly TcpFlag[];
  readonly window: number;
  /** The data it carries, read on first use (a timeline's frames are encoded lazily). */
  readonly payload: Uint8Array;
  readonly payloadLength: number;
  readonly sentAt: number;
  /** When it reached the peer; for a lost segment, when it vanished. */
  readonly arrivedAt: number;
  readonly lost: boolean;
  /** A copy of an earlier segment sent again after a retransmission time-out. */
  readonly retransmission: boolean;
  /** The timeline transfer whose bytes it carries, and from which byte of it, if any. */
  readonly transferId?: number;
  readonly transferOffset?: number;
}

/** Where a segment's payload comes from: its bytes, or a slice of something encoded later. */
export type PayloadSource = Uint8Array | { readonly length: number; read(): Uint8Array };

const EMPTY = new Uint8Array(0);

/** A segment whose payload is read from its source on first use. */
export class TcpSegmentRecord implements TcpSegmentData {
  #payload: PayloadSource;
  readonly payloadLength: number;
  constructor(
    readonly connection: number,
    readonly from: string,
    readonly to: string,
    readonly srcPort: number,
    readonly dstPort: number,
    readonly seq: number,
    readonly ack: number,
    readonly flags: readonly TcpFlag[],
    readonly window: number,
    payload: PayloadSource | undefined,
    readonly sentAt: number,
    readonly arrivedAt: number,
    readonly lost: boolean,
    readonly retransmission: boolean,
    readonly transferId?: number,
    readonly transferOffset?: number,
  ) {
    this.#payload = payload ?? EMPTY;
    this.payloadLength = this.#payload.length;
  }

  /** The payload bytes. */
  get payload(): Uint8Array {
    const source = this.#payload;
    if (source instanceof Uint8Array) return source;
    const bytes = source.read();
    this.#payload = bytes;
    return bytes;
  }
}

/** The segment's header and payload bytes with their fields. */
export function encodeSegmentData(segment: TcpSegmentData): EncodedTcpSegment {
  const { srcPort, dstPort, seq, ack, flags, window } = segment;
  return encodeTcpSegment({ srcPort, dstPort, seq, ack, flags, window, payload: segment.payload });
}
