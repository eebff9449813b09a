// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { BASE_RATE, DEFAULT_SPEED_INDEX, REDUCED_MOTION_STEP_MS, SPEEDS, TimelinePlayer, type HashLink } from './timelinePlayer.svelte';
import { FakeFrameClock } from './fixtures/fakeFrameClock';
import { pollingTimeline } from './fixtures/pollingTimeline';
import { longPollTimeline } from './fixtures/longPollTimeline';

const make = (options: { reducedMotion?: boolean } = {}) => {
  const clock = new FakeFrameClock();
  return { clock, player: new TimelinePlayer(pollingTimeline, { ...options, clock }) };
};

class MemoryHash implements HashLink {
  constructor(public hash = '') {}
  writes = 0;
  read() { return this.hash; }
  write(hash: string) { this.hash = hash; this.writes++; }
}

describe('TimelinePlayer stepping', () => {
  it('starts before the first step at time 0', () => {
    const { player } = make();
    expect(player.time).toBe(0);
    expect(player.stepIndex).toBe(-1);
  });

  it('visits every step in turn, even steps that share a time', () => {
    const { player } = make();
    const visited: number[] = [];
    for (let i = 0; i < pollingTimeline.steps.length; i++) {
      player.stepForward();
      visited.push(player.stepIndex);
      expect(player.time).toBe(pollingTimeline.steps[i]!.time);
    }
    expect(visited).toEqual(pollingTimeline.steps.map((_, i) => i));
  });

  it('stays on the last step when stepping past the end', () => {
    const { player } = make();
    player.end();
    player.stepForward();
    expect(player.stepIndex).toBe(pollingTimeline.steps.length - 1);
  });

  it('steps back through steps one at a time and stops before the first', () => {
    const { player } = make();
    player.goToStep(3);
    player.stepBack();
    expect(player.stepIndex).toBe(2);
    player.home();
    player.stepBack();
    expect(player.stepIndex).toBe(-1);
    expect(player.time).toBe(0);
  });

  it('steps back to the start of the current step when between steps', () => {
    const { player } = make();
    player.seek(700);
    player.stepBack();
    expect(player.stepIndex).toBe(5);
    expect(player.time).toBe(400);
  });

  it('selects the transfer of a send or arrive step so the inspector follows', () => {
    const { player } = make();
    player.goToStep(3);
    expect(player.selectedTransfer?.summary).toBe('200 OK');
    player.goToStep(5);
    expect(player.selectedTransferId).toBe(1);
  });

  it('clamps seeks and step jumps into the timeline', () => {
    const { player } = make();
    player.seek(99_999);
    expect(player.time).toBe(pollingTimeline.duration);
    player.seek(-5);
    expect(player.time).toBe(0);
    player.goToStep(500);
    expect(player.stepIndex).toBe(pollingTimeline.steps.length - 1);
  });

  it('derives what is in flight from the time', () => {
    const { player } = make();
    player.seek(25);
    expect(player.state.inFlight.map((f) => f.transfer.id)).toEqual([0]);
  });
});

describe('TimelinePlayer speed and timeline swaps', () => {
  it('moves along the speed ladder and stops at both ends', () => {
    const { player } = make();
    expect(player.speed).toBe(SPEEDS[DEFAULT_SPEED_INDEX]);
    for (let i = 0; i < 10; i++) player.faster();
    expect(player.speed).toBe(SPEEDS.at(-1));
    for (let i = 0; i < 10; i++) player.slower();
    expect(player.speed).toBe(SPEEDS[0]);
  });

  it('keeps the time clamped when a shorter timeline replaces the current one', () => {
    const { player } = make();
    player.seek(1000);
    player.select(3);
    player.setTimeline(longPollTimeline);
    expect(player.time).toBe(longPollTimeline.duration);
    expect(player.selectedTransferId).toBeNull();
  });

  it('keeps the time when the new timeline is long enough', () => {
    const { player } = make();
    player.seek(300);
    player.setTimeline(longPollTimeline);
    expect(player.time).toBe(300);
  });
});

describe('TimelinePlayer playback', () => {
  it('advances simulated time at BASE_RATE × speed per real ms', () => {
    const { player, clock } = make();
    player.play();
    clock.advance(FakeFrameClock.FRAME_MS * 101);
    expect(player.time).toBeCloseTo(FakeFrameClock.FRAME_MS * 100 * BASE_RATE);
  });

  it('stops the clock on pause and on reaching the end', () => {
    const { player, clock } = make();
    player.play();
    clock.advance(100);
    player.pause();
    expect(clock.pending).toBe(0);
    player.setSpeed(SPEEDS.length - 1);
    player.play();
    clock.advance(10_000);
    expect(player.playing).toBe(false);
    expect(player.time).toBe(pollingTimeline.duration);
    expect(clock.pending).toBe(0);
  });

  it('restarts from the beginning when played at the end', () => {
    const { player, clock } = make();
    player.end();
    player.play();
    clock.advance(FakeFrameClock.FRAME_MS * 2);
    expect(player.time).toBeLessThan(10);
  });

  it('with reduced motion, jumps one step at a time with a pause between', () => {
    const { player, clock } = make({ reducedMotion: true });
    player.play();
    expect(player.stepIndex).toBe(0);
    clock.advance(REDUCED_MOTION_STEP_MS / 2);
    expect(player.stepIndex).toBe(0);
    // A few frames of slack: the first frame only starts the clock, and frames come in 16 ms quanta.
    clock.advance(REDUCED_MOTION_STEP_MS / 2 + 3 * FakeFrameClock.FRAME_MS);
    expect(player.stepIndex).toBe(1);
    expect(player.time).toBe(pollingTimeline.steps[1]!.time);
  });

  it('with reduced motion, never shows a time between steps while playing', () => {
    const { player, clock } = make({ reducedMotion: true });
    const stepTimes = new Set(pollingTimeline.steps.map((s) => s.time));
    player.play();
    for (let i = 0; i < 100; i++) {
      clock.advance(200);
      expect(stepTimes.has(player.time)).toBe(true);
    }
    expect(player.playing).toBe(false);
    expect(player.stepIndex).toBe(pollingTimeline.steps.length - 1);
  });

  it('cancels its frame on dispose', () => {
    const { player, clock } = make();
    player.play();
    player.dispose();
    expect(clock.pending).toBe(0);
    expect(player.playing).toBe(false);
  });
});

describe('TimelinePlayer deep links', () => {
  it('restores a step link (1-based, as the reader sees it)', () => {
    const { player } = make();
    player.linkHash(new MemoryHash('#step=4&sel=5'));
    expect(player.stepIndex).toBe(3);
  });

  it('restores a time link', () => {
    const { player } = make();
    player.linkHash(new MemoryHash('#t=700'));
    expect(player.time).toBe(700);
  });

  it('falls back to the start for a malformed link', () => {
    const { player } = make();
    player.seek(500);
    player.linkHash(new MemoryHash('#step=banana'));
    expect(player.time).toBe(0);
  });

  it('writes the step on step changes and keeps other keys', () => {
    const { player } = make();
    const hash = new MemoryHash('#sel=5');
    player.linkHash(hash);
    player.stepForward();
    player.stepForward();
    expect(hash.hash).toBe('#step=2&sel=5');
  });

  it('keeps two players on one page apart when the second has a scope', () => {
    const first = make().player;
    const second = make().player;
    const hash = new MemoryHash('#step=3&sockjs.step=5');
    first.linkHash(hash);
    second.linkHash(hash, 'sockjs.');
    expect([first.stepIndex, second.stepIndex]).toEqual([2, 4]);
    second.stepForward();
    first.stepBack();
    expect(hash.hash).toBe('#step=2&sockjs.step=6');
  });

  it('clamps a step link past the end to the last step', () => {
    const { player } = make();
    player.linkHash(new MemoryHash('#step=99999'));
    expect(player.stepIndex).toBe(pollingTimeline.steps.length - 1);
  });

  it('does not write on animation frames, only when paused', () => {
    const { player, clock } = make();
    const hash = new MemoryHash();
    player.linkHash(hash);
    player.play();
    clock.advance(500);
    expect(hash.writes).toBe(0);
    player.pause();
    expect(hash.writes).toBe(1);
    expect(hash.hash).toMatch(/^#t=\d+(\.\d)?$/);
  });
});
