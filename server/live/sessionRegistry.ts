/**
 * The live sessions by id: created on first use, at most `maxSessions` at once
 * and at most `maxSessionsPerAddress` created by one remote address (so one
 * client cannot take them all), none while the server is overloaded, and
 * dropped (ticker stopped) once nobody has listened or asked for a while.
 * Using a session someone else created is always allowed: sessions are shared.
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
  /** Sessions one address may have created and still alive; 0 or absent: no per-address limit. */
  readonly maxSessionsPerAddress?: number;
  /** Bytes of event data each session keeps for replay; 0 or absent: count only. */
  readonly bufferBytes?: number;
  /** True while no new session may be created (the memory guard). */
  readonly overloaded?: () => boolean;
}

/** Why no session was given: the registry is full, this address has its share, or the server is short of memory. */
export type SessionRefusal = 'tooManySessions' | 'tooManySessionsFromAddress' | 'overloaded';

/** Live sessions by id. */
export class SessionRegistry {
  private readonly options: SessionRegistryOptions;
  private readonly sessions = new Map<string, LiveSession>();
  /** Who created each session, and how many live sessions each address created. */
  private readonly owners = new WeakMap<LiveSession, string>();
  private readonly perAddress = new Map<string, number>();
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

  /** Live sessions created by `address`. */
  createdBy(address: string): number {
    return this.perAddress.get(address) ?? 0;
  }

  /**
   * The session named `id`, created (on behalf of `address`) if needed, marked as
   * used, and set to `rate` when one is given; or why no new one could be made.
   */
  obtain(id: string, rate: number | undefined, address = ''): LiveSession | SessionRefusal {
    let session = this.sessions.get(id);
    if (!session) {
      const { clock, bufferSize, bufferBytes, defaultRate, maxSessions, maxSessionsPerAddress, overloaded } = this.options;
      if (overloaded?.()) return 'overloaded';
      const addressFull = () => !!maxSessionsPerAddress && this.createdBy(address) >= maxSessionsPerAddress;
      if (this.sessions.size >= maxSessions || addressFull()) this.reap();
      if (this.sessions.size >= maxSessions) return 'tooManySessions';
      if (addressFull()) return 'tooManySessionsFromAddress';
      session = new LiveSession(id, { clock, bufferSize, bufferBytes: bufferBytes ?? 0, rate: rate ?? defaultRate });
      this.sessions.set(id, session);
      this.owners.set(session, address);
      this.perAddress.set(address, this.createdBy(address) + 1);
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
    this.perAddress.clear();
  }

  /** Drops the sessions nobody listens to and nobody used for `sessionIdleMs`. */
  reap(): void {
    const now = this.options.clock.now();
    for (const [id, session] of this.sessions) {
      if (session.listenerCount === 0 && now - session.lastUsed >= this.options.sessionIdleMs) {
        session.stop();
        this.sessions.delete(id);
        this.release(session);
      }
    }
  }

  private release(session: LiveSession): void {
    const owner = this.owners.get(session);
    if (owner === undefined) return;
    const left = this.createdBy(owner) - 1;
    if (left > 0) this.perAddress.set(owner, left);
    else this.perAddress.delete(owner);
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
