import { describe, expect, it } from 'vitest';
import { LiveSession, type LiveEvent } from './liveSession';
import { ManualClock } from './manualClock';

const START = 1_000_000;

function session(rate: number, bufferSize = 16): { clock: ManualClock; s: LiveSession; seen: LiveEvent[] } {
  const clock = new ManualClock(START);
  const s = new LiveSession('abc', { clock, rate, bufferSize });
  const seen: LiveEvent[] = [];
  s.subscribe((e) => seen.push(e));
  return { clock, s, seen };
}

describe('LiveSession', () => {
  it('ticks at exactly the chosen rate, numbering events from 1', () => {
    const { clock, seen } = session(4);
    clock.advance(1000);
    expect(seen.map((e) => [e.id, e.kind, e.data, e.generatedAt - START])).toEqual([
      [1, 'tick', 'tick 1', 250], [2, 'tick', 'tick 2', 500], [3, 'tick', 'tick 3', 750], [4, 'tick', 'tick 4', 1000],
    ]);
  });

  it('puts published messages into the same sequence as the ticks', () => {
    const { clock, s, seen } = session(2);
    clock.advance(600);
    s.publish('hello');
    clock.advance(500);
    expect(seen.map((e) => `${e.id}:${e.data}`)).toEqual(['1:tick 1', '2:hello', '3:tick 2']);
  });

  it('does not tick at rate 0', () => {
    const { clock, seen } = session(0);
    clock.advance(10_000);
    expect(seen).toEqual([]);
  });

  it('restarts the interval from now when the rate changes', () => {
    const { clock, s, seen } = session(1);
    clock.advance(1500);
    s.setRate(10);
    clock.advance(250);
    expect(seen.map((e) => e.generatedAt - START)).toEqual([1000, 1600, 1700]);
  });

  it('replays the buffered events after a cursor', () => {
    const { clock, s } = session(10);
    clock.advance(500);
    expect(s.replay(2).events.map((e) => e.id)).toEqual([3, 4, 5]);
    expect(s.replay(5)).toEqual({ events: [], gap: false });
    expect(s.replay(0).gap).toBe(false);
  });

  it('reports a gap when events after the cursor were evicted, or the cursor is from the future', () => {
    const { clock, s } = session(10, 3);
    clock.advance(1000);
    expect(s.replay(2)).toMatchObject({ gap: true });
    expect(s.replay(2).events.map((e) => e.id)).toEqual([8, 9, 10]);
    expect(s.replay(7)).toMatchObject({ gap: false });
    expect(s.replay(99)).toEqual({ events: [], gap: true });
  });

  it('lets a listener unsubscribe while an event is being delivered', () => {
    const { clock, s } = session(10);
    const got: number[] = [];
    const off = s.subscribe((e) => { got.push(e.id); off(); });
    clock.advance(300);
    expect(got).toEqual([1]);
  });

  it('stops ticking and forgets its listeners when stopped', () => {
    const { clock, s, seen } = session(10);
    clock.advance(100);
    s.stop();
    clock.advance(1000);
    expect(seen.length).toBe(1);
    expect(s.listenerCount).toBe(0);
    expect(clock.timerCount).toBe(0);
  });

  it('fires one late tick after a stall, not a burst, then keeps its rhythm from there', () => {
    const { clock, seen } = session(10);
    clock.advance(100);
    clock.stall(550);
    clock.advance(350);
    expect(seen.map((e) => e.generatedAt - START)).toEqual([100, 650, 750, 850, 950]);
  });

  it('keeps the replay buffer under its byte budget, dropping the oldest events but never the newest', () => {
    const clock = new ManualClock();
    const s = new LiveSession('bytes', { clock, rate: 0, bufferSize: 100, bufferBytes: 10 });
    s.publish('aaaa');
    s.publish('bbbb');
    s.publish('cccc');
    expect(s.replay(0).events.map((e) => e.data)).toEqual(['bbbb', 'cccc']);
    expect(s.bufferedDataBytes).toBe(8);
    s.publish('x'.repeat(50));
    expect(s.replay(0)).toEqual({ events: [expect.objectContaining({ data: 'x'.repeat(50) })], gap: true });
  });

  it('counts the replay buffer in UTF-8 bytes, whatever the script', () => {
    const s = new LiveSession('utf8', { clock: new ManualClock(), rate: 0, bufferSize: 100, bufferBytes: 1000 });
    for (const text of ['a', 'é', '€', '😀', 'a€😀é']) s.publish(text);
    expect(s.bufferedDataBytes).toBe(1 + 2 + 3 + 4 + new TextEncoder().encode('a€😀é').length);
  });
});

