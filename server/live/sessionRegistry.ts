/**
 * The live sessions by id: created on first use, at most `maxSessions` at once,
 * and dropped (ticker stopped) once nobody has listened or asked for a while.
 */
import type { Clock, Timer } from './clock';
import { LiveSession } from './liveSession';

/** What the registry needs to know. */
export interface SessionRegistryOptions {
  readonly clock: Clock;
  readonly maxSessions: number;
  readonly sessionIdleMs: number;
  readonly bufferSize: number;
  /** Rate of a session created without one. */
  readonly defaultRate: number;
}

/** Live sessions by id. */
export class SessionRegistry {
  private readonly options: SessionRegistryOptions;
  private readonly sessions = new Map<string, LiveSession>();
  private sweeper: Timer | undefined;

  constructor(options: SessionRegistryOptions) {
    this.options = options;
  }

  /** Sessions alive now. */
  get size(): number {
    return this.sessions.size;
  }

  /** The session named `id`, if it is alive. */
  get(id: string): LiveSession | undefined {
    return this.sessions.get(id);
  }

  /**
   * The session named `id`, created if needed, marked as used, and set to `rate`
   * when one is given; undefined when the registry is full.
   */
  obtain(id: string, rate: number | undefined): LiveSession | undefined {
    let session = this.sessions.get(id);
    if (!session) {
      if (this.sessions.size >= this.options.maxSessions) this.reap();
      if (this.sessions.size >= this.options.maxSessions) return undefined;
      const { clock, bufferSize, defaultRate } = this.options;
      session = new LiveSession(id, { clock, bufferSize, rate: rate ?? defaultRate });
      this.sessions.set(id, session);
      this.startSweeper();
    } else if (rate !== undefined) {
      session.setRate(rate);
    }
    session.touch();
    return session;
  }

  /** Stops every session and the sweeper. */
  close(): void {
    this.sweeper?.cancel();
    this.sweeper = undefined;
    for (const session of this.sessions.values()) session.stop();
    this.sessions.clear();
  }

  /** Drops the sessions nobody listens to and nobody used for `sessionIdleMs`. */
  reap(): void {
    const now = this.options.clock.now();
    for (const [id, session] of this.sessions) {
      if (session.listenerCount === 0 && now - session.lastUsed >= this.options.sessionIdleMs) {
        session.stop();
        this.sessions.delete(id);
      }
    }
  }

  private startSweeper(): void {
    if (this.sweeper) return;
    // Half the idle time, so an abandoned session lives at most 1.5 × sessionIdleMs.
    this.sweeper = this.options.clock.setTimer(() => {
      this.sweeper = undefined;
      this.reap();
      if (this.sessions.size > 0) this.startSweeper();
    }, Math.max(1, this.options.sessionIdleMs / 2));
  }
}
