// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './whenIdle';

describe('whenIdle', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('waits for the browser to be idle, asking for it within the timeout', () => {
    let idle: (() => void) | undefined;
    const request = vi.fn((callback: () => void) => ((idle = callback), 7));
    vi.stubGlobal('requestIdleCallback', request);
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    const callback = vi.fn();
    whenIdle(callback, 1500);
    expect(request).toHaveBeenCalledWith(expect.any(Function), { timeout: 1500 });
    expect(callback).not.toHaveBeenCalled();
    idle?.();
    expect(callback).toHaveBeenCalledOnce();
  });

  it('starts at once on the first key, click or focus, and only once', () => {
    const cancel = vi.fn();
    vi.stubGlobal('requestIdleCallback', () => 3);
    vi.stubGlobal('cancelIdleCallback', cancel);
    const callback = vi.fn();
    whenIdle(callback);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(callback).toHaveBeenCalledOnce();
    expect(cancel).toHaveBeenCalledWith(3);
  });

  it('does nothing once cancelled', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const callback = vi.fn();
    whenIdle(callback)();
    vi.runAllTimers();
    document.body.dispatchEvent(new Event('focusin', { bubbles: true }));
    expect(callback).not.toHaveBeenCalled();
  });

  it('without requestIdleCallback, runs in the next task', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const callback = vi.fn();
    whenIdle(callback);
    expect(callback).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(callback).toHaveBeenCalledOnce();
  });
});
