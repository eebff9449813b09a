// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import { fileURLToPath } from 'node:url';
import { precompressIntegration } from './scripts/precompressIntegration.ts';

/**
 * The Svelte integration with its client renderer wrapped (src/i18n/hydrateInPageLanguage.ts): an island on a
 * Korean page hydrates once its Korean strings are loaded, so its first client render matches the Korean HTML.
 */
function svelteInPageLanguage() {
  const integration = svelte();
  const setup = integration.hooks['astro:config:setup'];
  if (!setup) throw new Error('@astrojs/svelte no longer adds its renderer in astro:config:setup: update svelteInPageLanguage');
  const clientEntrypoint = fileURLToPath(new URL('./src/i18n/hydrateInPageLanguage.ts', import.meta.url));
  /** @type {import('astro').AstroIntegration} */
  const wrapped = {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:config:setup': (options) =>
        setup({ ...options, addRenderer: (renderer) => options.addRenderer({ ...renderer, clientEntrypoint }) }),
    },
  };
  return wrapped;
}

// Static output: the site is plain files; server/ serves them (and, later, the live endpoints).
export default defineConfig({
  output: 'static',
  trailingSlash: 'ignore',
  // precompress: .br and .gz beside every built text file, which the server sends to browsers that accept them.
  integrations: [svelteInPageLanguage(), precompressIntegration()],
  build: { format: 'directory' },
  vite: {
    build: {
      // Never inline a page script into the HTML (Astro inlines small ones by default): a strict CSP allows no
      // inline scripts, so the header's language switch ships as a file. Fonts stay files too (Vite would inline
      // one under 4 KB as a data: URL in every page's CSS): the browser fetches the control-pictures font only for
      // a page that shows one, caches it for a year, and the CSP's font-src 'self' holds. Other assets keep Vite's default.
      assetsInlineLimit: (file) => (file.endsWith('.js') || file.endsWith('.woff2') ? false : undefined),
      rollupOptions: {
        // The simulator is pure by design (no DOM, no clock, no registration on import), and pako builds only tables
        // at load: an unused export of either can go. Without this, Rollup kept whatever it could not prove free of
        // effects (a top-level call, pako's table set-up) in every page that imports the simulator's entry point.
        treeshake: { moduleSideEffects: (id) => !/\/src\/sim\/|\/node_modules\/pako\//.test(id) },
        output: {
          // Islands use different parts of Svelte's runtime, and Rollup gives each set of sharers a chunk of its
          // own: a lesson page loaded seven small runtime files, each gzipped alone. One runtime chunk compresses
          // better than the pieces (see `npm run weight`).
          manualChunks: (id) => (id.includes('/node_modules/svelte/') ? 'svelte' : undefined),
        },
      },
    },
  },
});
