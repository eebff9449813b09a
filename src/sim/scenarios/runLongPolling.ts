/**
 * Long polling. The client sends GET /long-poll and re-requests the moment
 * each response arrives. The server answers at once if events are queued;
 * otherwise it holds the request until an event happens (answer with it) or
 * `holdTimeoutMs` passes (answer 204). Events that happen while no request is
 * held — the answer is on its way, the next request not yet in — wait in the
 * server's queue. Under a steady stream of events the server always has
 * something queued, so long polling degrades into polling every round trip.
 *
 *   client                     server
 *     |---- GET /long-poll ------>|  nothing queued: hold
 *     |                           |  ... event
 *     |<--- 200 [event] ----------|
 *     |---- GET /long-poll ------>|  (at once)
 */
import type { GeneratedEvent } from '../events/generateEvents';
import type { Timeline, Transfer } from '../timeline/types';
import { Simulation } from '../engine/simulation';
import { carriedIds } from './carriedIds';
import { CLIENT, SERVER, ScenarioRun } from './scenarioRun';
import type { LongPollingParams } from './scenarioParams';

/** Arriving transfers are queued as themselves (no wrapper object per transfer); app events come from a sorted feed. */
type LongPollingEvent =
  | Transfer // arrives at its `to` at `arrivedAt`
  | { readonly kind: 'request' }
  | { readonly kind: 'hold-timer' };

const CONNECTION = 1;
const TARGET = '/long-poll';
// A zero time-out on a zero-latency link would re-request forever at one instant.
const MIN_HOLD_TIMEOUT_MS = 1;
const NOT_HOLDING = -1;
// One shared timer event: at most one hold is open at a time, so one queued wake-up suffices.
const HOLD_TIMER: LongPollingEvent = { kind: 'hold-timer' };

const eventTime = (e: GeneratedEvent): number => e.time;

/** Runs the long-polling scenario. */
export function runLongPolling(params: LongPollingParams): Timeline {
  const run = new ScenarioRun('long-polling', params);
  const { builder, events, messages } = run;
  const holdTimeoutMs = Math.max(MIN_HOLD_TIMEOUT_MS, params.holdTimeoutMs);
  const sim = new Simulation<LongPollingEvent>();
  const request = messages.get(TARGET);
  const queued: GeneratedEvent[] = [];
  let holding = NOT_HOLDING;
  let deadline = Infinity; // when the open hold times out
  let timerQueued = false;
  let delivered = 0;

  sim.schedule(run.open(CONNECTION, 0), { kind: 'request' });

  const send = (now: number): void => {
    const transfer = run.sendWith('http-request', CLIENT, CONNECTION, request, now, undefined, false);
    sim.schedule(transfer.arrivedAt, transfer);
  };

  const respond = (now: number): void => {
    const carries = carriedIds(queued);
    const response = queued.length > 0 ? messages.events(queued) : messages.noContent();
    queued.length = 0;
    const transfer = run.sendWith('http-response', SERVER, CONNECTION, response, now, carries, true);
    sim.schedule(transfer.arrivedAt, transfer);
  };

  const requestArrived = (transfer: Transfer, now: number): void => {
    if (queued.length > 0) return respond(now);
    holding = builder.startHold(SERVER, CONNECTION, transfer.id, now, transfer.summary);
    deadline = now + holdTimeoutMs;
    // Deadlines only grow, so a wake-up already queued comes no later than this one; it re-arms itself.
    if (!timerQueued) {
      sim.schedule(deadline, HOLD_TIMER);
      timerQueued = true;
    }
  };

  const responseArrived = (transfer: Transfer, now: number): void => {
    delivered += transfer.carries.length;
    // Done once every event arrived; with no events at all, once the window is over.
    const done = events.length > 0 ? delivered >= events.length : now > params.durationMs;
    if (done) run.close(CONNECTION, now);
    else send(now);
  };

  const appEvent = (e: GeneratedEvent, now: number): void => {
    builder.appEvent(SERVER, e.id, now, e.payload);
    queued.push(e);
    if (holding !== NOT_HOLDING) {
      builder.endHold(holding, now, 'event');
      holding = NOT_HOLDING;
      respond(now);
    }
  };
  // App events run before any queued event at the same time, as when they were all scheduled up front.
  sim.runWithFeed(events, eventTime, appEvent, (e, now) => {
    switch (e.kind) {
      case 'hold-timer':
        timerQueued = false;
        if (holding === NOT_HOLDING) return;
        if (now < deadline) {
          // The hold it was set for ended early; a later hold is open: wake up at its deadline.
          sim.schedule(deadline, HOLD_TIMER);
          timerQueued = true;
          return;
        }
        builder.timer(SERVER, 'hold-timeout', now, holdTimeoutMs);
        builder.endHold(holding, now, 'timeout');
        holding = NOT_HOLDING;
        respond(now);
        return;
      case 'request':
        send(now);
        return;
      default:
        builder.arrive(e);
        if (e.to === SERVER) requestArrived(e, now);
        else responseArrived(e, now);
        return;
    }
  });
  return builder.build();
}
