import { describe, expect, it } from 'vitest';
import { performance } from 'node:perf_hooks';
import { queuedChunks, scheduleParse, TURN_BUDGET_MS, type Backlogged } from './readScheduler';

function connection(name: string, log: string[], busyMs = 0): Backlogged {
  return {
    backlog: undefined,
    parse(chunk) {
      const until = performance.now() + busyMs;
      while (performance.now() < until) { /* a slow parse */ }
      log.push(`${name}:${chunk.toString()}`);
    },
    resume() {
      log.push(`${name} resumes`);
    },
  };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('scheduleParse', () => {
  it('parses at once while the loop turn is young', async () => {
    await nextTurn();
    const log: string[] = [];
    expect(scheduleParse(connection('a', log), Buffer.from('1'))).toBe(true);
    expect(log).toEqual(['a:1']);
  });

  it('queues chunks once a turn has spent its budget, then parses them in later turns in arrival order', async () => {
    await nextTurn();
    const log: string[] = [];
    const slow = connection('slow', log, TURN_BUDGET_MS + 2);
    const a = connection('a', log);
    const b = connection('b', log);
    expect(scheduleParse(slow, Buffer.from('1'))).toBe(true);
    expect(scheduleParse(a, Buffer.from('1'))).toBe(false);
    expect(scheduleParse(b, Buffer.from('1'))).toBe(false);
    // A connection with a backlog queues behind it, whatever the budget.
    expect(scheduleParse(a, Buffer.from('2'))).toBe(false);
    expect(queuedChunks()).toBe(3);
    expect(log).toEqual(['slow:1']);
    for (let i = 0; i < 5 && queuedChunks() > 0; i++) await nextTurn();
    expect(log).toEqual(['slow:1', 'a:1', 'b:1', 'b resumes', 'a:2', 'a resumes']);
  });
});
