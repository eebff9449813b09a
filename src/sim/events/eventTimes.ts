/**
 * When the server's application produces events (a chat message, a price tick).
 * Every schedule is generated inside the window [0, durationMs], sorted.
 */
import type { Prng } from '../engine/createPrng';

/** How application events are spread over time. */
export type EventSchedule =
  /** One event every `periodMs`, from `startMs` (default: one period in), at most `count` of them. */
  | { readonly kind: 'periodic'; readonly periodMs: number; readonly startMs?: number; readonly count?: number }
  /** A Poisson process: independent events at `ratePerSecond` on average; `seed` overrides the scenario's. */
  | { readonly kind: 'random'; readonly ratePerSecond: number; readonly seed?: number }
  /** Every `everyMs` (first burst one period in), `size` events `spacingMs` apart. */
  | { readonly kind: 'bursts'; readonly everyMs: number; readonly size: number; readonly spacingMs: number }
  /** Exactly these times (ms); times outside the window are dropped. */
  | { readonly kind: 'list'; readonly times: readonly number[] };

/** Upper bound on generated events, so a zero period or a huge rate cannot freeze the page. */
export const MAX_EVENTS = 100_000;
const MS_PER_SECOND = 1000;

/** Times (ms, ascending) at which `schedule` produces events within [0, durationMs]; `prng` drives 'random'. */
export function eventTimes(schedule: EventSchedule, durationMs: number, prng: Prng): number[] {
  const times: number[] = [];
  const fits = (t: number): boolean => Number.isFinite(t) && t >= 0 && t <= durationMs && times.length < MAX_EVENTS;

  switch (schedule.kind) {
    case 'periodic': {
      const { periodMs } = schedule;
      const start = schedule.startMs ?? periodMs;
      const count = schedule.count ?? Infinity;
      if (!(periodMs >= 0)) return times;
      for (let k = 0; k < count && fits(start + k * periodMs); k++) times.push(start + k * periodMs);
      return times;
    }
    case 'random': {
      const { ratePerSecond } = schedule;
      if (!(ratePerSecond > 0)) return times;
      const meanGapMs = MS_PER_SECOND / ratePerSecond;
      // Exponential inter-arrival gaps by inversion; 1 - u is in (0, 1], so the log is finite.
      for (let t = -Math.log(1 - prng.next()) * meanGapMs; fits(t); t += -Math.log(1 - prng.next()) * meanGapMs) {
        times.push(t);
      }
      return times;
    }
    case 'bursts': {
      const { everyMs, size, spacingMs } = schedule;
      if (!(everyMs > 0) || !(size > 0)) return times;
      for (let burst = everyMs; burst <= durationMs && times.length < MAX_EVENTS; burst += everyMs) {
        for (let j = 0; j < size && fits(burst + j * spacingMs); j++) times.push(burst + j * spacingMs);
      }
      // Bursts longer than their period overlap; ids must still follow time order.
      return times.sort((a, b) => a - b);
    }
    case 'list': {
      const inWindow = schedule.times.filter((t) => Number.isFinite(t) && t >= 0 && t <= durationMs);
      return inWindow.sort((a, b) => a - b).slice(0, MAX_EVENTS);
    }
  }
}
