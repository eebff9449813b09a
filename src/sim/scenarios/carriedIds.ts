/**
 * The `carries` list of a transfer that delivers app events. Most deliver just
 * one event, so single-id lists are shared frozen arrays, memoized by id across
 * runs: a 10,000-event timeline then keeps no array of its own per event.
 */
import type { GeneratedEvent } from '../events/generateEvents';
import { MAX_EVENTS } from '../events/eventTimes';

const NONE: readonly number[] = Object.freeze([]);
// Indexed by event id; ids run 0..MAX_EVENTS-1, so the memo stays bounded.
const singles: (readonly number[] | undefined)[] = [];

/** The ids of `events`, in order; a shared frozen array when there are none or one. */
export function carriedIds(events: readonly GeneratedEvent[]): readonly number[] {
  if (events.length === 0) return NONE;
  if (events.length === 1) return singleId(events[0]!.id);
  return events.map((e) => e.id);
}

/** A frozen `[id]`, shared by every transfer that carries only event `id`. */
export function singleId(id: number): readonly number[] {
  if (!(Number.isInteger(id) && id >= 0 && id < MAX_EVENTS)) return Object.freeze([id]);
  return (singles[id] ??= Object.freeze([id]));
}
