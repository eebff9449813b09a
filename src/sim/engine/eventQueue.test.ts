import { describe, expect, it } from 'vitest';
import { createPrng } from './createPrng';
import { EventQueue } from './eventQueue';

const drain = <T>(q: EventQueue<T>): { time: number; item: T }[] => {
  const out: { time: number; item: T }[] = [];
  while (q.size > 0) {
    const time = q.peekTime();
    out.push({ time, item: q.pop()! });
  }
  return out;
};

describe('EventQueue', () => {
  it('pops entries in time order', () => {
    const q = new EventQueue<string>();
    q.push(30, 'c');
    q.push(10, 'a');
    q.push(20, 'b');
    expect(drain(q).map((e) => e.item)).toEqual(['a', 'b', 'c']);
  });

  it('breaks ties at the same time by insertion order', () => {
    const q = new EventQueue<number>();
    for (let i = 0; i < 50; i++) q.push(i % 2 === 0 ? 5 : 1, i);
    const items = drain(q).map((e) => e.item);
    const odd = Array.from({ length: 25 }, (_, k) => 2 * k + 1);
    const even = Array.from({ length: 25 }, (_, k) => 2 * k);
    expect(items).toEqual([...odd, ...even]);
  });

  it('matches a stable sort of 2,000 random pushes with many equal times', () => {
    const prng = createPrng(11);
    const q = new EventQueue<number>();
    const pushed: { time: number; item: number }[] = [];
    for (let i = 0; i < 2000; i++) {
      const time = prng.nextInt(0, 100);
      q.push(time, i);
      pushed.push({ time, item: i });
    }
    const expected = [...pushed].sort((x, y) => x.time - y.time);
    expect(drain(q)).toEqual(expected);
  });

  it('keeps tie order when pops and pushes interleave', () => {
    const q = new EventQueue<string>();
    q.push(1, 'first');
    q.push(1, 'second');
    expect(q.pop()).toBe('first');
    q.push(1, 'third');
    expect(drain(q).map((e) => e.item)).toEqual(['second', 'third']);
  });

  it('reports its size and the earliest time, and Infinity and undefined when empty', () => {
    const q = new EventQueue<string>();
    expect(q.peekTime()).toBe(Infinity);
    expect(q.pop()).toBeUndefined();
    q.push(4, 'x');
    q.push(2, 'y');
    expect(q.size).toBe(2);
    expect(q.peekTime()).toBe(2);
    expect(q.pop()).toBe('y');
    expect(q.size).toBe(1);
    expect(q.peekTime()).toBe(4);
  });
});
