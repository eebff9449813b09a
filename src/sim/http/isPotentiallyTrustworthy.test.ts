import { describe, expect, it } from 'vitest';
import { isPotentiallyTrustworthy } from './isPotentiallyTrustworthy';

describe('isPotentiallyTrustworthy', () => {
  it('trusts https: and wss: on any host', () => {
    expect(isPotentiallyTrustworthy('https://example.com')).toBe(true);
    expect(isPotentiallyTrustworthy('wss://example.com:8443')).toBe(true);
  });

  it('trusts http: on loopback hosts only', () => {
    for (const o of ['http://localhost:4321', 'http://app.localhost', 'http://127.0.0.1:4321', 'http://127.8.9.10', 'http://[::1]:80']) {
      expect(isPotentiallyTrustworthy(o)).toBe(true);
    }
    for (const o of ['http://example.com', 'http://lab.example:8080', 'http://localhost.example.com', 'http://10.0.0.1']) {
      expect(isPotentiallyTrustworthy(o)).toBe(false);
    }
  });

  it('does not trust text that is not an origin', () => {
    expect(isPotentiallyTrustworthy('localhost')).toBe(false);
    expect(isPotentiallyTrustworthy('')).toBe(false);
  });
});
