/**
 * The last line of defence: past a high-water mark of heap in use, the server
 * refuses new work (new WebSockets, new sessions) with 503 and keeps serving
 * what it has, rather than growing until V8 kills the process. Every other
 * budget should keep the heap far below the mark; this catches what they miss.
 */
import { getHeapStatistics } from 'node:v8';
import type { Clock } from './clock';

// Reading the heap costs a few microseconds; a guard asked on every upgrade reads it at most this often.
const SAMPLE_MS = 50;
const BYTES_PER_MB = 1024 * 1024;

/** Whether the heap is past its high-water mark. */
export class MemoryGuard {
  private readonly limitBytes: number;
  private readonly clock: Clock;
  private readonly heapUsed: () => number;
  private sampledAt = Number.NEGATIVE_INFINITY;
  private over = false;

  /** `highWaterMb` 0 turns the guard off; `heapUsed` is for tests. */
  constructor(highWaterMb: number, clock: Clock, heapUsed: () => number = () => getHeapStatistics().used_heap_size) {
    this.limitBytes = highWaterMb * BYTES_PER_MB;
    this.clock = clock;
    this.heapUsed = heapUsed;
  }

  /** True when new work should be refused. */
  overloaded(): boolean {
    if (this.limitBytes <= 0) return false;
    const now = this.clock.now();
    if (now - this.sampledAt >= SAMPLE_MS) {
      this.sampledAt = now;
      this.over = this.heapUsed() > this.limitBytes;
    }
    return this.over;
  }
}
