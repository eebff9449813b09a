import { describe, expect, it } from 'vitest';
import { CommandHistory } from './commandHistory';

function historyOf(...lines: string[]): CommandHistory {
  const history = new CommandHistory();
  for (const line of lines) history.push(line);
  return history;
}

describe('CommandHistory', () => {
  it('walks back through the typed lines, newest first, and stops at the oldest', () => {
    const history = historyOf('one', 'two');
    expect(history.older('')).toBe('two');
    expect(history.older('two')).toBe('one');
    expect(history.older('one')).toBeUndefined();
  });

  it('comes forward again to the half-typed line it left', () => {
    const history = historyOf('one', 'two');
    history.older('draft');
    history.older('two');
    expect(history.newer()).toBe('two');
    expect(history.newer()).toBe('draft');
    expect(history.newer()).toBeUndefined();
  });

  it('keeps neither blank lines nor a line repeated right after itself', () => {
    const history = historyOf('a', '', 'a', 'b');
    expect(history.older('')).toBe('b');
    expect(history.older('')).toBe('a');
    expect(history.older('')).toBeUndefined();
  });

  it('has nothing to show before anything was typed', () => {
    expect(new CommandHistory().older('x')).toBeUndefined();
    expect(new CommandHistory().newer()).toBeUndefined();
  });
});
