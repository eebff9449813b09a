/**
 * Counts open connections per remote address and in total, against two ceilings.
 * Endpoints built from the same LiveConfig share one limiter (`sharedLimiterFor`), so
 * an address's connections to /ws, /socket.io/ and /sockjs/ count together; /stomp has
 * its own ceilings and counts against the shared ones as well (a limiter with a parent).
 */

/** Why a new connection was refused. */
export type LimitRefusal = 'total' | 'address';

/** Per-address and total counters. */
export class ConnectionLimiter {
  private readonly perAddress = new Map<string, number>();
  private count = 0;

  constructor(
    private readonly maxTotal: number,
    private readonly maxPerAddress: number,
    /** Ceilings this limiter's connections also count against (the server-wide ones). */
    private readonly parent?: ConnectionLimiter,
  ) {}

  /** Connections counted now. */
  get total(): number {
    return this.count;
  }

  /** Counts one more connection from `address`, or says which ceiling it would break. */
  acquire(address: string): LimitRefusal | undefined {
    if (this.count >= this.maxTotal) return 'total';
    const current = this.perAddress.get(address) ?? 0;
    if (current >= this.maxPerAddress) return 'address';
    const refusedAbove = this.parent?.acquire(address);
    if (refusedAbove) return refusedAbove;
    this.perAddress.set(address, current + 1);
    this.count += 1;
    return undefined;
  }

  /** Forgets one connection from `address` (once per successful acquire). */
  release(address: string): void {
    const current = this.perAddress.get(address);
    if (current === undefined) return;
    if (current <= 1) this.perAddress.delete(address);
    else this.perAddress.set(address, current - 1);
    this.count -= 1;
    this.parent?.release(address);
  }
}

const shared = new WeakMap<object, ConnectionLimiter>();

/** The one limiter of every endpoint built from `config` (the server's LIVE_MAX_CONNECTIONS and _PER_ADDRESS). */
export function sharedLimiterFor(config: { readonly maxConnections: number; readonly maxConnectionsPerAddress: number }): ConnectionLimiter {
  let limiter = shared.get(config);
  if (!limiter) shared.set(config, (limiter = new ConnectionLimiter(config.maxConnections, config.maxConnectionsPerAddress)));
  return limiter;
}
