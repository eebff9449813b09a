// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { browserHashLink } from './browserHashLink';

describe('browserHashLink', () => {
  it('reads and replaces the hash without adding history entries', () => {
    window.history.replaceState(null, '', '/polling?lang=en#sel=1');
    const before = window.history.length;
    const link = browserHashLink();
    expect(link.read()).toBe('#sel=1');
    link.write('#step=3&sel=1');
    expect(window.location.hash).toBe('#step=3&sel=1');
    expect(window.location.search).toBe('?lang=en');
    expect(window.history.length).toBe(before);
  });

  it('can clear the hash', () => {
    window.history.replaceState(null, '', '/polling#step=2');
    browserHashLink().write('');
    expect(window.location.hash).toBe('');
    expect(window.location.pathname).toBe('/polling');
  });
});
