import { describe, expect, it } from 'vitest';
import { FrameLoop, MAX_FRAME_GAP_MS } from './frameLoop';
import { FakeFrameClock } from '../components/fixtures/fakeFrameClock';

describe('FrameLoop', () => {
  it('reports the real time between frames, starting from zero', () => {
    const clock = new FakeFrameClock();
    const elapsed: number[] = [];
    new FrameLoop(clock, (ms) => elapsed.push(ms)).start();
    clock.advance(FakeFrameClock.FRAME_MS * 3);
    expect(elapsed).toEqual([0, FakeFrameClock.FRAME_MS, FakeFrameClock.FRAME_MS]);
  });

  it('caps a long gap between frames', () => {
    let handle: ((now: number) => void) | undefined;
    const clock = { request: (cb: (now: number) => void) => ((handle = cb), 1), cancel: () => {} };
    const elapsed: number[] = [];
    new FrameLoop(clock, (ms) => elapsed.push(ms)).start();
    handle!(0);
    handle!(5000);
    expect(elapsed).toEqual([0, MAX_FRAME_GAP_MS]);
  });

  it('leaves no frame pending once stopped, even from inside a frame', () => {
    const clock = new FakeFrameClock();
    const loop: FrameLoop = new FrameLoop(clock, () => loop.stop());
    loop.start();
    clock.advance(FakeFrameClock.FRAME_MS * 2);
    expect(loop.running).toBe(false);
    expect(clock.pending).toBe(0);
  });
});
