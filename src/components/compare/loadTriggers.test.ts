// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { onFirstIntent } from './loadTriggers';

describe('onFirstIntent', () => {
  it('acts once, on the first scroll or key, and not after it is cancelled', () => {
    const act = vi.fn();
    onFirstIntent(act);
    expect(act).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(act).toHaveBeenCalledTimes(1);

    const never = vi.fn();
    onFirstIntent(never)();
    window.dispatchEvent(new Event('wheel'));
    expect(never).not.toHaveBeenCalled();
  });
});
