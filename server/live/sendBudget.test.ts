import { describe, expect, it } from 'vitest';
import { LiveSession } from './liveSession';
import { ManualClock } from './manualClock';
import { SendBudget } from './sendBudget';

describe('SendBudget', () => {
  const clock = new ManualClock();
  const session = (id: string) => new LiveSession(id, { clock, rate: 0, bufferSize: 4 });

  it('limits sends per session and second', () => {
    const budget = new SendBudget(clock, 2, 100);
    const a = session('a');
    expect([budget.allow(a, 'x'), budget.allow(a, 'x'), budget.allow(a, 'x')]).toEqual([undefined, undefined, 'session']);
    clock.advance(1000);
    expect(budget.allow(a, 'x')).toBeUndefined();
  });

  it('limits sends per address over all its sessions, while another address still sends', () => {
    const budget = new SendBudget(clock, 2, 3);
    const answers = ['s1', 's2', 's3', 's4'].map((id) => budget.allow(session(id), '127.0.0.2'));
    expect(answers).toEqual([undefined, undefined, undefined, 'address']);
    expect(budget.allow(session('other'), '127.0.0.3')).toBeUndefined();
  });
});
