import { describe, expect, it } from 'vitest';
import { performance } from 'node:perf_hooks';
import { queuedChunks, scheduleParse, SMALL_CHUNK_BYTES, TURN_BUDGET_MS, type Backlogged } from './readScheduler';

function connection(name: string, log: string[], busyMs = 0): Backlogged {
  return {
    backlog: undefined,
    parse(chunk) {
      const until = performance.now() + busyMs;
      while (performance.now() < until) { /* a slow parse */ }
      log.push(`${name}:${chunk.toString().replace(/\0+$/, '')}`);
      return true;
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
    const big = (text: string) => Buffer.concat([Buffer.from(text), Buffer.alloc(SMALL_CHUNK_BYTES)]);
    expect(scheduleParse(slow, big('1'))).toBe(true);
    expect(scheduleParse(a, big('1'))).toBe(false);
    expect(scheduleParse(b, big('1'))).toBe(false);
    // Padded past SMALL_CHUNK_BYTES with NULs (the log leaves them out), so they queue.
    // A connection with a backlog queues behind it, whatever the size.
    expect(scheduleParse(a, Buffer.from('2'))).toBe(false);
    // A small chunk from a connection with nothing queued goes first: a good client's message does not wait behind a flood.
    const good = connection('good', log);
    expect(scheduleParse(good, Buffer.from('hi'))).toBe(true);
    expect(queuedChunks()).toBe(3);
    expect(log).toEqual(['slow:1', 'good:hi']);
    for (let i = 0; i < 5 && queuedChunks() > 0; i++) await nextTurn();
    expect(log.slice(2)).toEqual(['a:1', 'b:1', 'b resumes', 'a:2', 'a resumes']);
  });
});
