import { describe, expect, it } from 'vitest';
import { ConnectionLimiter, sharedLimiterFor } from './connectionLimiter';

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

  it('counts a child limiter\'s connections against its parent, and refuses by the parent\'s ceiling', () => {
    const server = new ConnectionLimiter(10, 2);
    const stomp = new ConnectionLimiter(10, 5, server);
    expect(server.acquire('a')).toBeUndefined();
    expect(stomp.acquire('a')).toBeUndefined();
    // Under STOMP's own ceiling of 5, but the address already holds the server's 2.
    expect(stomp.acquire('a')).toBe('address');
    expect(stomp.total).toBe(1);
    stomp.release('a');
    expect(server.total).toBe(1);
    expect(stomp.acquire('a')).toBeUndefined();
  });

  it('gives every endpoint built from one config the same limiter, and another config its own', () => {
    const config = { maxConnections: 10, maxConnectionsPerAddress: 2 };
    expect(sharedLimiterFor(config)).toBe(sharedLimiterFor(config));
    expect(sharedLimiterFor({ ...config })).not.toBe(sharedLimiterFor(config));
  });
});
