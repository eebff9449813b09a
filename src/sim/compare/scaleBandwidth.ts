/**
 * The scale calculator: what N clients cost the server, each behaving like the
 * simulated one. Rates come from sums over serialized transfers (`wireTotals`),
 * never from constants, so a header byte added in the codec shows up here.
 *
 * Model: clients are independent and identical; traffic adds up linearly; the
 * simulated window is representative (its connection set-up is amortised over
 * it); TCP/IP and TLS overhead below HTTP and WebSocket framing are not counted.
 */
import type { WireTotals } from './wireTotals';
import { splitTotal } from './wireTotals';

/** One client's traffic per second. */
export interface ClientRate {
  readonly upBytesPerSecond: number;
  readonly downBytesPerSecond: number;
  /** HTTP requests the server receives per second from this client. */
  readonly requestsPerSecond: number;
}

/** What N clients add up to. */
export interface ScaleFigures {
  readonly clients: number;
  /** Bits per second client → server, server → client, and both. */
  readonly upBps: number;
  readonly downBps: number;
  readonly totalBps: number;
  readonly requestsPerSecond: number;
}

const BITS_PER_BYTE = 8;
const MS_PER_SECOND = 1000;
/** The websocket.org article's "Mbps": 2^20 bits per second (it divides by 1,048,576, not 1,000,000). */
export const ARTICLE_MEGABIT = 2 ** 20;

/** One client's rate: `totals` spread over `windowMs` of simulated time. */
export function clientRate(totals: WireTotals, windowMs: number): ClientRate {
  const seconds = windowMs / MS_PER_SECOND;
  if (!(seconds > 0)) return { upBytesPerSecond: 0, downBytesPerSecond: 0, requestsPerSecond: 0 };
  return {
    upBytesPerSecond: splitTotal(totals.up) / seconds,
    downBytesPerSecond: splitTotal(totals.down) / seconds,
    requestsPerSecond: totals.requests / seconds,
  };
}

/** `clients` × one client's `rate`, in bits per second both ways and requests per second. */
export function scaleBandwidth(rate: ClientRate, clients: number): ScaleFigures {
  const upBps = rate.upBytesPerSecond * BITS_PER_BYTE * clients;
  const downBps = rate.downBytesPerSecond * BITS_PER_BYTE * clients;
  return { clients, upBps, downBps, totalBps: upBps + downBps, requestsPerSecond: rate.requestsPerSecond * clients };
}

/** Bits per second in the article's units (2^20 bits). */
export function toArticleMbps(bitsPerSecond: number): number {
  return bitsPerSecond / ARTICLE_MEGABIT;
}
