import { describe, expect, it } from 'vitest';
import { terminalPlan } from './terminalPlan';

const a = { name: 'timeline a' };
const b = { name: 'timeline b' };

describe('terminalPlan', () => {
  it('writes everything sent so far on a blank terminal', () => {
    expect(terminalPlan(null, { source: a, count: 3 }, 50)).toEqual({ kind: 'rewrite', from: 0, to: 3, skipped: 0 });
  });

  it('does nothing when the same transfers are still sent', () => {
    expect(terminalPlan({ source: a, count: 3 }, { source: a, count: 3 }, 50)).toEqual({ kind: 'none' });
  });

  it('appends only the new transfers when the player moves forward', () => {
    expect(terminalPlan({ source: a, count: 3 }, { source: a, count: 5 }, 50)).toEqual({ kind: 'append', from: 3, to: 5 });
  });

  it('rewrites when the player steps back, so no transfer from the future stays on screen', () => {
    expect(terminalPlan({ source: a, count: 5 }, { source: a, count: 2 }, 50)).toEqual({ kind: 'rewrite', from: 0, to: 2, skipped: 0 });
  });

  it('rewrites when new parameters made a new timeline, even with as many transfers', () => {
    expect(terminalPlan({ source: a, count: 4 }, { source: b, count: 4 }, 50)).toEqual({ kind: 'rewrite', from: 0, to: 4, skipped: 0 });
  });

  it('prints only the last transfers after a long jump, and counts the ones left out', () => {
    expect(terminalPlan({ source: a, count: 1 }, { source: a, count: 500 }, 50)).toEqual({ kind: 'rewrite', from: 450, to: 500, skipped: 450 });
  });

  it('clears the terminal when the player goes back before the first send', () => {
    expect(terminalPlan({ source: a, count: 4 }, { source: a, count: 0 }, 50)).toEqual({ kind: 'rewrite', from: 0, to: 0, skipped: 0 });
  });
});
