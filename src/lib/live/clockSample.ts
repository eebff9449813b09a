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
