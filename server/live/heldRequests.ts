/**
 * The responses held open (long polls, chunked streams, SSE): counted per
 * address and in total, and ended together when the server shuts down.
 */
import { ConnectionLimiter, type LimitRefusal } from './connectionLimiter';
import type { StreamEndReason } from './liveMessages';

/** Ends a held response early, saying why. */
export type EndHeld = (reason: StreamEndReason) => void;

/** A place among the held responses; give it back exactly once, when the response is over. */
export interface HeldSlot {
  release(): void;
}

/** The held responses. */
export class HeldRequests {
  private readonly limiter: ConnectionLimiter;
  private readonly enders = new Set<EndHeld>();

  constructor(maxTotal: number, maxPerAddress: number) {
    this.limiter = new ConnectionLimiter(maxTotal, maxPerAddress);
  }

  /** Responses held now. */
  get size(): number {
    return this.enders.size;
  }

  /** Takes a slot for a response from `address`, or says which ceiling it would break. */
  hold(address: string, end: EndHeld): HeldSlot | LimitRefusal {
    const refusal = this.limiter.acquire(address);
    if (refusal) return refusal;
    this.enders.add(end);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.enders.delete(end);
        this.limiter.release(address);
      },
    };
  }

  /** Ends every held response (each one releases its own slot). */
  endAll(reason: StreamEndReason): void {
    for (const end of [...this.enders]) end(reason);
  }
}
