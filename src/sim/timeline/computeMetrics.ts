/**
 * The numbers under every timeline, derived from its transfers, steps and
 * events — never tracked separately, so they cannot drift from what is drawn.
 */
import type { Actor, AppEvent, Metrics, Step, Transfer } from './types';

/** What the metrics are computed from. */
export interface MetricsInput {
  readonly actors: readonly Actor[];
  /** Read only to count connections opened, when `connectionsOpened` is not given. */
  readonly steps?: readonly Step[];
  readonly transfers: readonly Transfer[];
  readonly events: readonly AppEvent[] | EventTimes;
  /** Ids of responses that answer an event-fetching request (a poll), so an empty one counts as wasted. */
  readonly eventResponseIds: readonly number[];
  /** Count TCP segments too: true only where segments are the whole story on the wire (the sockets scenario). */
  readonly countSegments?: boolean;
  /** The number of 'state' steps with state 'open', when the caller counted them as they were recorded (the builder does): no pass over the steps. */
  readonly connectionsOpened?: number;
  /** How many of `eventResponseIds` carry no event, when the caller counted them (the builder does, from its columns). */
  readonly emptyResponses?: number;
}

/** Events as columns: generation and delivery times (NaN when not delivered), one row per event. */
export interface EventTimes {
  readonly generatedAt: ArrayLike<number>;
  readonly deliveredAt: ArrayLike<number>;
}

// Nearest-rank percentile: the smallest latency that at least 95 % of deliveries do not exceed.
const P95 = 0.95;

/** Derives `Metrics`; latency figures are 0 when nothing was delivered (check `delivered`). */
export function computeMetrics(input: MetricsInput): Metrics {
  const { actors, steps = [], transfers, events, eventResponseIds } = input;
  const clients = new Set(actors.filter((a) => a.role === 'client').map((a) => a.id));

  let requests = 0;
  let headerUp = 0;
  let headerDown = 0;
  let payloadUp = 0;
  let payloadDown = 0;
  let totalBytes = 0;
  // Indexed loops: this runs once per build, often before the optimizing compiler has seen it, and an
  // unoptimized for…of allocates an iterator result per element (tens of thousands here).
  for (let i = 0; i < transfers.length; i++) {
    const transfer = transfers[i]!;
    // TCP segments are drawn to teach the handshake; the HTTP scenarios model no TCP/IP headers, so no technique counts them.
    // The sockets scenario has nothing but segments: there the 20-byte header is header and the data is payload.
    if (transfer.kind === 'tcp-segment' && input.countSegments !== true) continue;
    if (transfer.kind === 'http-request') requests++;
    if (clients.has(transfer.from)) {
      headerUp += transfer.headerBytes;
      payloadUp += transfer.payloadBytes;
    } else {
      headerDown += transfer.headerBytes;
      payloadDown += transfer.payloadBytes;
    }
    // Equal to bytes.length by the Transfer contract, without forcing a deferred encoding.
    totalBytes += transfer.headerBytes + transfer.payloadBytes;
  }

  let emptyResponses = input.emptyResponses ?? 0;
  if (input.emptyResponses === undefined) {
    for (let i = 0; i < eventResponseIds.length; i++) if (transfers[eventResponseIds[i]!]!.carries.length === 0) emptyResponses++;
  }

  let connectionsOpened = input.connectionsOpened ?? 0;
  if (input.connectionsOpened === undefined) {
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i]!;
      if (step.kind === 'state' && step.state === 'open') connectionsOpened++;
    }
  }

  const eventCount = 'generatedAt' in events ? events.generatedAt.length : events.length;
  const latencies = new Float64Array(eventCount);
  let delivered = 0;
  if ('generatedAt' in events) {
    const { generatedAt, deliveredAt } = events;
    for (let i = 0; i < eventCount; i++) if (!Number.isNaN(deliveredAt[i]!)) latencies[delivered++] = deliveredAt[i]! - generatedAt[i]!;
  } else {
    for (let i = 0; i < eventCount; i++) {
      const event = events[i]!;
      if (event.deliveredAt !== undefined) latencies[delivered++] = event.deliveredAt - event.generatedAt;
    }
  }
  const sorted = latencies.subarray(0, delivered).sort();
  let sum = 0;
  for (let i = 0; i < delivered; i++) sum += sorted[i]!;

  return {
    events: eventCount,
    delivered,
    latency: delivered === 0
      ? { mean: 0, p95: 0, max: 0, min: 0 }
      : { mean: sum / delivered, p95: sorted[Math.ceil(P95 * delivered) - 1]!, max: sorted[delivered - 1]!, min: sorted[0]! },
    requests,
    emptyResponses,
    connectionsOpened,
    headerBytes: { up: headerUp, down: headerDown },
    payloadBytes: { up: payloadUp, down: payloadDown },
    totalBytes,
  };
}
