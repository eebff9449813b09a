/**
 * The server-side event source of a scenario: times from the schedule, ids in
 * time order, and each event's payload.
 */
import { createPrng } from '../engine/createPrng';
import { deriveSeed } from '../engine/deriveSeed';
import { eventPayload } from './eventPayload';
import { eventTimes, type EventSchedule } from './eventTimes';

/** One application event the server will produce; tagged so a scenario can queue it as a simulation event as is. */
export interface GeneratedEvent {
  readonly kind: 'app-event';
  readonly id: number;
  readonly time: number;
  readonly payload: string;
}

/** Generates the events of `schedule` in [0, durationMs]; random schedules draw from `seed` unless they carry their own. */
export function generateEvents(schedule: EventSchedule, durationMs: number, payloadBytes: number, seed: number): GeneratedEvent[] {
  const streamSeed = schedule.kind === 'random' && schedule.seed !== undefined ? schedule.seed : deriveSeed(seed, 'events');
  const times = eventTimes(schedule, durationMs, createPrng(streamSeed));
  return times.map((time, id) => ({ kind: 'app-event', id, time, payload: eventPayload(id, payloadBytes) }));
}
