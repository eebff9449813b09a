import { describe, expect, it } from 'vitest';
import { ConnectionLimiter } from './connectionLimiter';

describe('ConnectionLimiter', () => {
  it('refuses past the per-address ceiling, and again admits after a release', () => {
    const limiter = new ConnectionLimiter(10, 2);
    expect(limiter.acquire('a')).toBeUndefined();
    expect(limiter.acquire('a')).toBeUndefined();
    expect(limiter.acquire('a')).toBe('address');
    expect(limiter.acquire('b')).toBeUndefined();
    limiter.release('a');
    expect(limiter.acquire('a')).toBeUndefined();
  });

  it('refuses past the total ceiling whatever the address', () => {
    const limiter = new ConnectionLimiter(2, 2);
    limiter.acquire('a');
    limiter.acquire('b');
    expect(limiter.acquire('c')).toBe('total');
    expect(limiter.total).toBe(2);
  });

  it('ignores a release for an address it does not count', () => {
    const limiter = new ConnectionLimiter(1, 1);
    limiter.release('ghost');
    expect(limiter.total).toBe(0);
    expect(limiter.acquire('a')).toBeUndefined();
  });
});
