/** How many POST /api/send each session may make per second: a fixed one-second window per session. */
import type { Clock } from './clock';
import type { LiveSession } from './liveSession';

const WINDOW_MS = 1000;

interface Window {
  start: number;
  count: number;
}

/** Per-session send counters. */
export class SendBudget {
  // Keyed by the session object, so a reaped session's counter goes with it.
  private readonly windows = new WeakMap<LiveSession, Window>();

  constructor(
    private readonly clock: Clock,
    private readonly perSecond: number,
  ) {}

  /** Counts one send for `session`; false when its budget for this second is spent. */
  allow(session: LiveSession): boolean {
    const now = this.clock.now();
    let window = this.windows.get(session);
    if (!window || now - window.start >= WINDOW_MS) {
      window = { start: now, count: 0 };
      this.windows.set(session, window);
    }
    if (window.count >= this.perSecond) return false;
    window.count += 1;
    return true;
  }
}
