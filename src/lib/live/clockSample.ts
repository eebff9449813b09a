/**
 * Clock offset and round-trip time from one request/answer pair, the way NTP
 * does it (RFC 5905 §8): the client's send and receive times bracket the
 * server's receive and write times, so the server's own hold time is left out.
 */

/** The four times of one exchange: client clock for sentAt/arrivedAt, server clock for the other two. */
export interface ExchangeTimes {
  readonly sentAt: number;
  readonly serverReceivedAt: number;
  readonly serverWrittenAt: number;
  readonly arrivedAt: number;
}

/** What one exchange says: server clock ≈ client clock + offsetMs; rttMs excludes the server's time. */
export interface ClockSample {
  readonly offsetMs: number;
  readonly rttMs: number;
}

/** Offset and round trip from one exchange. */
export function clockSample(times: ExchangeTimes): ClockSample {
  const { sentAt, serverReceivedAt, serverWrittenAt, arrivedAt } = times;
  const serverMs = serverWrittenAt - serverReceivedAt;
  return {
    offsetMs: (serverReceivedAt - sentAt + (serverWrittenAt - arrivedAt)) / 2,
    rttMs: Math.max(0, arrivedAt - sentAt - serverMs),
  };
}

/** The sample with the shortest round trip: queueing only ever adds delay, so it is the least distorted. */
export function bestClockSample(samples: readonly ClockSample[]): ClockSample | undefined {
  let best: ClockSample | undefined;
  for (const s of samples) if (!best || s.rttMs < best.rttMs) best = s;
  return best;
}

/** One-way delay of an event: from its generation (server clock) to its arrival (client clock). */
export function eventLatency(generatedAt: number, arrivedAt: number, offsetMs: number): number {
  return arrivedAt - (generatedAt - offsetMs);
}

/**
 * The offset to measure with: the best sample's, unless that would make some event arrive before it was
 * generated. The true offset lies within ± rtt/2 of the sample's (RFC 5905 §8), and on a fast link (loopback)
 * that uncertainty is larger than the latencies themselves; so the offset is raised, within that bound, just
 * far enough that no one-way delay is negative. Beyond the bound it stops: a negative latency then shows that
 * something else is off, instead of being hidden.
 */
export function causalOffset(sample: ClockSample, events: readonly { readonly generatedAt: number; readonly arrivedAt: number }[]): number {
  let floor = -Infinity;
  for (const e of events) floor = Math.max(floor, e.generatedAt - e.arrivedAt);
  if (sample.offsetMs >= floor) return sample.offsetMs;
  return Math.min(floor, sample.offsetMs + sample.rttMs / 2);
}
