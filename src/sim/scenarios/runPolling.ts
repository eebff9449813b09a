/**
 * Short polling. The client asks GET /poll on one keep-alive connection; the
 * server answers at once with every event queued since the last poll, or 204.
 *
 * Timing: polls leave `intervalMs` after the previous poll *left* (like
 * setInterval), but a connection carries one request at a time (HTTP/1.1
 * without pipelining, RFC 9112 §9.3.2), so when a response is late the next
 * poll leaves the moment it arrives. An event that lands just after the server
 * answered waits for the next poll, hence
 *   latency < max(interval, round trip) + one-way down ≤ interval + round trip
 * whenever the interval is at least one one-way trip (serialization included).
 *
 *   client                server
 *     |---- GET /poll ----->|
 *     |<--- 204 / 200 [..] -|   answered at once
 *     |   (interval timer)  |
 *     |---- GET /poll ----->|
 */
import type { GeneratedEvent } from '../events/generateEvents';
import type { Timeline, Transfer } from '../timeline/types';
import { Simulation } from '../engine/simulation';
import { carriedIds } from './carriedIds';
import { CLIENT, SERVER, ScenarioRun } from './scenarioRun';
import type { PollingParams } from './scenarioParams';

/** App events and arriving transfers are queued as themselves (no wrapper object per event). */
type PollingEvent =
  | GeneratedEvent
  | Transfer // arrives at its `to` at `arrivedAt`
  | { readonly kind: 'poll'; readonly timerMs?: number };

const CONNECTION = 1;
const POLL_TARGET = '/poll';
// Keeps a zero interval on a zero-latency link from polling forever at one instant.
const MIN_INTERVAL_MS = 1;

/** Runs the short-polling scenario. */
export function runPolling(params: PollingParams): Timeline {
  const run = new ScenarioRun('polling', params);
  const { builder, events, messages } = run;
  const intervalMs = Math.max(MIN_INTERVAL_MS, params.intervalMs);
  const sim = new Simulation<PollingEvent>();
  const pollRequest = messages.get(POLL_TARGET);
  const queued: GeneratedEvent[] = [];
  let lastPollAt = 0;
  let delivered = 0;

  // Scheduled first, so an event and a poll at the same instant see the event first.
  // Indexed: a for…of run once over every event is not optimized yet and would allocate an iterator result each.
  for (let i = 0; i < events.length; i++) sim.schedule(events[i]!.time, events[i]!);
  sim.schedule(run.open(CONNECTION, 0), { kind: 'poll' });

  const poll = (now: number): void => {
    lastPollAt = now;
    const transfer = run.sendWith('http-request', CLIENT, CONNECTION, pollRequest, now, undefined, false);
    sim.schedule(transfer.arrivedAt, transfer);
  };

  const answer = (now: number): void => {
    const carries = carriedIds(queued);
    const response = queued.length > 0 ? messages.events(queued) : messages.noContent();
    queued.length = 0;
    const transfer = run.sendWith('http-response', SERVER, CONNECTION, response, now, carries, true);
    sim.schedule(transfer.arrivedAt, transfer);
  };

  const received = (transfer: Transfer, now: number): void => {
    delivered += transfer.carries.length;
    const nextPollAt = Math.max(lastPollAt + intervalMs, now);
    // Done once every event arrived; with no events at all, once the window is over.
    const done = events.length > 0 ? delivered >= events.length : nextPollAt > params.durationMs;
    if (done) run.close(CONNECTION, now);
    else sim.schedule(nextPollAt, { kind: 'poll', timerMs: nextPollAt - lastPollAt });
  };

  sim.run((e, now) => {
    switch (e.kind) {
      case 'app-event':
        builder.appEvent(SERVER, e.id, now, e.payload);
        queued.push(e);
        return;
      case 'poll':
        if (e.timerMs !== undefined) builder.timer(CLIENT, 'poll-interval', now, e.timerMs);
        poll(now);
        return;
      default:
        builder.arrive(e);
        if (e.to === SERVER) answer(now);
        else received(e, now);
        return;
    }
  });
  return builder.build();
}
