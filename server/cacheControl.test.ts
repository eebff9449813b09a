import { describe, expect, it } from 'vitest';
import { cacheControl } from './cacheControl';

describe('cacheControl', () => {
  it('keeps hashed build assets for a year without asking again', () => {
    expect(cacheControl('/_astro/index.B1x2y3.js')).toBe('public, max-age=31536000, immutable');
  });

  it('has pages and unhashed files revalidated on each use', () => {
    expect(cacheControl('/')).toBe('no-cache');
    expect(cacheControl('/polling')).toBe('no-cache');
    expect(cacheControl('/mockServiceWorker.js')).toBe('no-cache');
    expect(cacheControl('/x/_astro/a.js')).toBe('no-cache');
  });
});
