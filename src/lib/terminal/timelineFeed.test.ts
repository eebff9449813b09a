import { describe, expect, it } from 'vitest';
import { defaultParams, runScenario } from '../../sim';
import { sendOrder } from './sendOrder';
import type { TerminalSink } from './terminalSink';
import { TimelineFeed } from './timelineFeed';

/** A terminal that keeps what it was told to print, without colours, and counts clears. */
class FakeTerminal implements TerminalSink {
  screen = '';
  clears = 0;
  columns = 80;
  write(text: string): void {
    this.screen += text.replace(/\x1b\[\d+m/g, '');
  }
  clear(): void {
    this.screen = '';
    this.clears++;
  }
  lines(): string[] {
    return this.screen.split('\r\n');
  }
  headings(): string[] {
    return this.screen.split('\r\n').filter((l) => l.includes(' → '));
  }
}

const timeline = runScenario('polling', defaultParams('polling'));
const order = sendOrder(timeline);

describe('TimelineFeed', () => {
  it('says nothing was sent yet before the first send', () => {
    const terminal = new FakeTerminal();
    new TimelineFeed(terminal).show(timeline, order, 0);
    expect(terminal.screen).toContain('Nothing sent yet');
  });

  it('appends one dump per newly sent transfer without clearing', () => {
    const terminal = new FakeTerminal();
    const feed = new TimelineFeed(terminal);
    feed.show(timeline, order, 0);
    feed.show(timeline, order, 1);
    feed.show(timeline, order, 3);
    expect(terminal.headings()).toHaveLength(3);
    expect(terminal.screen).not.toContain('Nothing sent yet');
    expect(terminal.screen).toContain('47 45 54 20');
  });

  it('shows exactly the transfers sent so far after stepping back', () => {
    const terminal = new FakeTerminal();
    const feed = new TimelineFeed(terminal);
    feed.show(timeline, order, 4);
    feed.show(timeline, order, 2);
    expect(terminal.headings()).toHaveLength(2);
    expect(terminal.headings()[1]).toContain(timeline.transfers[order.transferIds[1]!]!.summary);
  });

  it('writes nothing when the count did not change', () => {
    const terminal = new FakeTerminal();
    const feed = new TimelineFeed(terminal);
    feed.show(timeline, order, 2);
    const before = terminal.screen;
    feed.show(timeline, order, 2);
    expect(terminal.screen).toBe(before);
  });

  it('after a long seek prints only the last transfers and says how many are left out', () => {
    const terminal = new FakeTerminal();
    const feed = new TimelineFeed(terminal, 2);
    feed.show(timeline, order, 0);
    feed.show(timeline, order, 5);
    expect(terminal.headings()).toHaveLength(2);
    expect(terminal.screen).toContain('… 3 earlier messages not shown');
  });

  it('keeps every line within the terminal\'s columns and dumps 8 bytes a row on a narrow one', () => {
    const terminal = new FakeTerminal();
    terminal.columns = 42;
    new TimelineFeed(terminal).show(timeline, order, 2);
    expect(Math.max(...terminal.lines().map((l) => l.length))).toBeLessThanOrEqual(42);
    expect(terminal.screen).toContain('0000  47 45 54 20 2f 70 6f 6c  GET /pol');
  });

  it('prints the same transfers again, rewrapped, when the terminal changes width', () => {
    const terminal = new FakeTerminal();
    const feed = new TimelineFeed(terminal);
    feed.show(timeline, order, 3);
    expect(terminal.screen).toContain('0000  47 45 54 20 2f 70 6f 6c 6c');
    terminal.columns = 40;
    feed.reflow();
    expect(terminal.clears).toBe(2);
    expect(terminal.headings().length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...terminal.lines().map((l) => l.length))).toBeLessThanOrEqual(40);
    expect(terminal.screen).not.toContain('0000  47 45 54 20 2f 70 6f 6c 6c');
  });
});
