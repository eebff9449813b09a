/** The animation clock: requestAnimationFrame in the browser, a fake one in tests. */
export interface FrameClock {
  request(callback: (now: number) => void): number;
  cancel(handle: number): void;
}

/** requestAnimationFrame, looked up only when a loop starts (so importing this on the server is harmless). */
export const browserFrameClock: FrameClock = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

/** Longest real time one frame may report: a background tab stops frames, and on return nothing should leap ahead. */
export const MAX_FRAME_GAP_MS = 100;

/** Calls `onFrame(elapsed real ms)` once per animation frame from `start()` until `stop()`; the first frame reports 0. */
export class FrameLoop {
  #clock: FrameClock;
  #onFrame: (elapsed: number) => void;
  #handle: number | null = null;
  #last: number | null = null;

  constructor(clock: FrameClock, onFrame: (elapsed: number) => void) {
    this.#clock = clock;
    this.#onFrame = onFrame;
  }

  /** True between start() and stop(). */
  get running(): boolean {
    return this.#handle !== null;
  }

  /** Starts calling back every frame (does nothing if already running). */
  start(): void {
    if (this.running) return;
    this.#last = null;
    this.#handle = this.#clock.request(this.#tick);
  }

  /** Stops; safe to call from inside onFrame. */
  stop(): void {
    if (this.#handle !== null) this.#clock.cancel(this.#handle);
    this.#handle = null;
  }

  #tick = (now: number): void => {
    const elapsed = this.#last === null ? 0 : Math.min(now - this.#last, MAX_FRAME_GAP_MS);
    this.#last = now;
    this.#onFrame(elapsed);
    // onFrame may have stopped the loop (playback reached the end).
    if (this.#handle !== null) this.#handle = this.#clock.request(this.#tick);
  };
}
