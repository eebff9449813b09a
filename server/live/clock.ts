/**
 * Time as the live endpoints see it, injected so that unit tests drive it by
 * hand (see `manualClock.ts`) instead of sleeping.
 */

/** A scheduled callback that can be cancelled (cancelling twice, or after it ran, does nothing). */
export interface Timer {
  cancel(): void;
}

/** Wall-clock milliseconds and one-shot timers. */
export interface Clock {
  /** Milliseconds since the Unix epoch, with a fractional part where the clock has one. */
  now(): number;
  /** Runs `callback` once, `ms` milliseconds from now. */
  setTimer(callback: () => void, ms: number): Timer;
}

/** The process's clock: epoch milliseconds from the monotonic high-resolution timer. */
export const systemClock: Clock = {
  // timeOrigin + now() is monotonic within the process and sub-millisecond, unlike Date.now().
  now: () => performance.timeOrigin + performance.now(),
  setTimer(callback, ms) {
    const handle = setTimeout(callback, ms);
    // The listening socket keeps the process alive; a pending timer alone should not.
    handle.unref();
    return { cancel: () => clearTimeout(handle) };
  },
};
