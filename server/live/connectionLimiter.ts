/** Counts open connections per remote address and in total, against two ceilings. */

/** Why a new connection was refused. */
export type LimitRefusal = 'total' | 'address';

/** Per-address and total counters. */
export class ConnectionLimiter {
  private readonly perAddress = new Map<string, number>();
  private count = 0;

  constructor(
    private readonly maxTotal: number,
    private readonly maxPerAddress: number,
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
  }
}
