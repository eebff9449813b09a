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
});
