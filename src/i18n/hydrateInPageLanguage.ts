/**
 * The client side of the Svelte renderer, wrapped: before an island hydrates, the strings of the page's language
 * (`<html lang>`) are loaded for every i18n area its component registered (Astro imports the component before it
 * calls this). So a Korean page's islands render Korean on their first client render, as their server HTML did:
 * no English flash, no hydration mismatch, and nothing to do in each island but pass `lang`. English pages do not
 * wait; an embed with `?lang=ko` does (EmbedLayout's head script sets `<html lang>` before the islands start). Wired in `astro.config.mjs`.
 */
import hydrateSvelte from '@astrojs/svelte/client.js';

/**
 * Where `i18n/index.ts` leaves its `loadPageLanguage` (a global symbol). The renderer does not import i18n: that
 * would tie the renderer's chunk to the dictionaries' and split the lesson pages' shared chunks (more gzip bytes).
 */
export const PAGE_LANGUAGE_HOOK = Symbol.for('socket-lab:loadPageLanguage');

type Hydrate = ReturnType<typeof hydrateSvelte>;

/** Astro's renderer entry: `(element) => async (Component, props, slots, options)`. */
export default function hydrateInPageLanguage(element: HTMLElement): Hydrate {
  const hydrate = hydrateSvelte(element);
  return async (...args) => {
    const loadPageLanguage = (globalThis as Record<symbol, unknown>)[PAGE_LANGUAGE_HOOK];
    if (typeof loadPageLanguage === 'function') await loadPageLanguage();
    return hydrate(...args);
  };
}
