// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
vi.mock('@astrojs/svelte/client.js', () => ({
  default: () => async () => {
    calls.push('hydrate');
  },
}));

describe('hydrateInPageLanguage', () => {
  it('finds the loader i18n leaves under its global symbol', async () => {
    const { loadPageLanguage } = await import('./index');
    const { PAGE_LANGUAGE_HOOK } = await import('./hydrateInPageLanguage');
    expect((globalThis as Record<symbol, unknown>)[PAGE_LANGUAGE_HOOK]).toBe(loadPageLanguage);
  });

  it('hydrates an island only after the page language has loaded', async () => {
    const { PAGE_LANGUAGE_HOOK, default: hydrateInPageLanguage } = await import('./hydrateInPageLanguage');
    const hooks = globalThis as Record<symbol, unknown>;
    const original = hooks[PAGE_LANGUAGE_HOOK];
    let finish = () => {};
    hooks[PAGE_LANGUAGE_HOOK] = () => new Promise<void>((resolve) => {
      calls.push('load');
      finish = () => {
        calls.push('loaded');
        resolve();
      };
    });
    const done = hydrateInPageLanguage(document.createElement('astro-island'))(() => {}, {}, {}, { client: 'visible' });
    await Promise.resolve();
    expect(calls).toEqual(['load']);
    finish();
    await done;
    expect(calls).toEqual(['load', 'loaded', 'hydrate']);
    hooks[PAGE_LANGUAGE_HOOK] = original;
  });
});
