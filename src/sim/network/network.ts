/**
 * The wire between client and server: one-way latency, seeded jitter, and a
 * bandwidth that turns bytes into serialization delay. Each TCP connection is a
 * byte stream in each direction, so a transfer can never overtake an earlier
 * one on the same connection and direction (RFC 9293 §3.10: TCP delivers in
 * sequence order), however the jitter falls.
 */
import type { Prng } from '../engine/createPrng';

/** What it costs to open a new connection before its first request can leave. */
export type ConnectionSetup =
  | 'none'      // connection already warm (or cost ignored)
  | 'tcp'       // SYN, SYN-ACK, then ACK with the request: one round trip (RFC 9293 §3.5)
  | 'tcp-tls13'; // plus the TLS 1.3 full handshake: one more round trip (RFC 8446 §2)

/** Network parameters shared by every scenario. */
export interface NetworkParams {
  /** One-way propagation delay (ms). */
  readonly latencyMs: number;
  /** Each transfer's one-way delay varies uniformly by up to ± this much (ms), never below zero. */
  readonly jitterMs: number;
  /** Link bandwidth (bits per second); serialization delay = bytes × 8 / bps. */
  readonly bandwidthBps: number;
  /** Set-up cost paid once per new connection. */
  readonly setup: ConnectionSetup;
}

/** client → server is "up", server → client is "down". */
export type Direction = 'up' | 'down';

const SETUP_ROUND_TRIPS: Record<ConnectionSetup, number> = { none: 0, tcp: 1, 'tcp-tls13': 2 };
const BITS_PER_BYTE = 8;
const MS_PER_SECOND = 1000;

/** Computes when transfers arrive, keeping per-connection, per-direction FIFO order. */
export class Network {
  // Last arrival per lane; lane key = connection * 2 + (down ? 1 : 0).
  private readonly lastArrival = new Map<number, number>();

  constructor(
    readonly params: NetworkParams,
    private readonly jitter: Prng,
  ) {}

  /** Time (ms) to put `byteLength` bytes on the wire at the configured bandwidth. */
  serializationMs(byteLength: number): number {
    return (byteLength * BITS_PER_BYTE * MS_PER_SECOND) / this.params.bandwidthBps;
  }

  /** Delay (ms) between deciding to open a connection and being able to send on it (setup round trips, no jitter). */
  setupDelayMs(): number {
    return SETUP_ROUND_TRIPS[this.params.setup] * 2 * this.params.latencyMs;
  }

  /** Arrival time of the last bit of `byteLength` bytes sent at `sentAt`: never before an earlier transfer on the same lane. */
  transmit(connection: number, direction: Direction, sentAt: number, byteLength: number): number {
    const own = sentAt + this.serializationMs(byteLength) + this.oneWayDelay();
    const lane = connection * 2 + (direction === 'down' ? 1 : 0);
    const previous = this.lastArrival.get(lane) ?? -Infinity;
    const arrival = own > previous ? own : previous;
    this.lastArrival.set(lane, arrival);
    return arrival;
  }

  /** Latency plus a uniform draw in [-jitter, +jitter], floored at zero. */
  private oneWayDelay(): number {
    const { latencyMs, jitterMs } = this.params;
    if (jitterMs <= 0) return latencyMs;
    const delay = latencyMs + this.jitter.nextFloat(-jitterMs, jitterMs);
    return delay > 0 ? delay : 0;
  }
}
