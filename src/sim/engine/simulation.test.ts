import { describe, expect, it } from 'vitest';
import { Simulation } from './simulation';

describe('Simulation', () => {
  it('advances the clock to each event and lets handlers schedule more', () => {
    const sim = new Simulation<string>();
    const seen: string[] = [];
    sim.schedule(10, 'a');
    sim.run((event, now) => {
      seen.push(`${event}@${now}`);
      if (event === 'a') sim.schedule(now + 5, 'b');
      if (event === 'b') sim.schedule(now, 'c');
    });
    expect(seen).toEqual(['a@10', 'b@15', 'c@15']);
    expect(sim.now).toBe(15);
  });

  it('clamps an event scheduled in the past to the current time', () => {
    const sim = new Simulation<string>();
    const seen: number[] = [];
    sim.schedule(20, 'late');
    sim.run((event, now) => {
      seen.push(now);
      if (event === 'late') sim.schedule(3, 'past');
    });
    expect(seen).toEqual([20, 20]);
  });

  it('throws instead of looping forever when a handler keeps rescheduling at the same time', () => {
    const sim = new Simulation<number>();
    sim.schedule(0, 0);
    expect(() => sim.run((_, now) => sim.schedule(now, 0), 1000)).toThrow(/exceeded 1000/);
  });

  it('runs feed items in time order, each before queued events at the same time, as if scheduled first', () => {
    const feed = [{ t: 5 }, { t: 10 }, { t: 10 }, { t: 30 }];
    const merged: string[] = [];
    const sim = new Simulation<string>();
    sim.schedule(10, 'q10');
    sim.runWithFeed(feed, (f) => f.t, (f, now) => {
      merged.push(`f${f.t}@${now}`);
      if (f.t === 5) sim.schedule(10, 'q10b');
    }, (e, now) => {
      merged.push(`${e}@${now}`);
      if (e === 'q10') sim.schedule(30, 'q30');
    });
    expect(merged).toEqual(['f5@5', 'f10@10', 'f10@10', 'q10@10', 'q10b@10', 'f30@30', 'q30@30']);

    // The same events through the queue alone, feed first: the same order.
    const queuedOnly: string[] = [];
    const plain = new Simulation<{ t: number } | string>();
    for (const f of feed) plain.schedule(f.t, f);
    plain.schedule(10, 'q10');
    plain.run((e, now) => {
      if (typeof e === 'string') {
        queuedOnly.push(`${e}@${now}`);
        if (e === 'q10') plain.schedule(30, 'q30');
      } else {
        queuedOnly.push(`f${e.t}@${now}`);
        if (e.t === 5) plain.schedule(10, 'q10b');
      }
    });
    expect(queuedOnly).toEqual(merged);
  });

  it('counts feed items toward the runaway limit', () => {
    const sim = new Simulation<number>();
    expect(() => sim.runWithFeed([0, 0, 0], (t) => t, () => {}, () => {}, 2)).toThrow(/exceeded 2/);
  });
});
