import { describe, expect, it } from 'vitest';
import { ManualClock } from './manualClock';
import { MemoryGuard } from './memoryGuard';

const MB = 1024 * 1024;

describe('MemoryGuard', () => {
  it('refuses work once the heap passes the high-water mark, and takes it again once below', () => {
    const clock = new ManualClock();
    let heap = 100 * MB;
    const guard = new MemoryGuard(200, clock, () => heap);
    expect(guard.overloaded()).toBe(false);
    heap = 250 * MB;
    clock.advance(50);
    expect(guard.overloaded()).toBe(true);
    heap = 150 * MB;
    clock.advance(50);
    expect(guard.overloaded()).toBe(false);
  });

  it('reads the heap at most every 50 ms however often it is asked', () => {
    const clock = new ManualClock();
    let reads = 0;
    const guard = new MemoryGuard(200, clock, () => { reads += 1; return 0; });
    for (let i = 0; i < 100; i++) guard.overloaded();
    expect(reads).toBe(1);
  });

  it('is off with a high-water mark of 0', () => {
    const guard = new MemoryGuard(0, new ManualClock(), () => Number.MAX_SAFE_INTEGER);
    expect(guard.overloaded()).toBe(false);
  });
});
