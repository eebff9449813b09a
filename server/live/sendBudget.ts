/**
 * How many POST /api/send are accepted per second: per session, and per remote
 * address over all its sessions (else one client with many sessions multiplies
 * its share). Fixed one-second windows.
 */
import type { Clock } from './clock';
import type { LiveSession } from './liveSession';

const WINDOW_MS = 1000;
// Address windows are pruned when there are this many, so the map stays bounded whoever sends.
const PRUNE_AT = 4096;

interface Window {
  start: number;
  count: number;
}

/** Which budget a refused send ran out of. */
export type SendRefusal = 'session' | 'address';

/** Per-session and per-address send counters. */
export class SendBudget {
  // Keyed by the session object, so a reaped session's counter goes with it.
  private readonly sessions = new WeakMap<LiveSession, Window>();
  private readonly addresses = new Map<string, Window>();

  constructor(
    private readonly clock: Clock,
    private readonly perSessionPerSecond: number,
    private readonly perAddressPerSecond: number = Number.POSITIVE_INFINITY,
  ) {}

  /** Counts one send by `address` to `session`; undefined when allowed, else the budget that is spent this second. */
  allow(session: LiveSession, address = ''): SendRefusal | undefined {
    const now = this.clock.now();
    let byAddress = this.addresses.get(address);
    if (!byAddress || now - byAddress.start >= WINDOW_MS) {
      if (!byAddress && this.addresses.size >= PRUNE_AT) this.prune(now);
      byAddress = { start: now, count: 0 };
      this.addresses.set(address, byAddress);
    }
    if (byAddress.count >= this.perAddressPerSecond) return 'address';
    let bySession = this.sessions.get(session);
    if (!bySession || now - bySession.start >= WINDOW_MS) {
      bySession = { start: now, count: 0 };
      this.sessions.set(session, bySession);
    }
    if (bySession.count >= this.perSessionPerSecond) return 'session';
    bySession.count += 1;
    byAddress.count += 1;
    return undefined;
  }

  private prune(now: number): void {
    for (const [address, window] of this.addresses) if (now - window.start >= WINDOW_MS) this.addresses.delete(address);
  }
}
