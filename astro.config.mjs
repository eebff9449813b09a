// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import { precompressIntegration } from './scripts/precompressIntegration.ts';

// Static output: the site is plain files; server/ serves them (and, later, the live endpoints).
export default defineConfig({
  output: 'static',
  trailingSlash: 'ignore',
  // precompress: .br and .gz beside every built text file, which the server sends to browsers that accept them.
  integrations: [svelte(), precompressIntegration()],
  build: { format: 'directory' },
  vite: {
    build: {
      // Fonts stay files (Vite would inline one under 4 KB as a data: URL in every page's CSS): the browser then
      // fetches the control-pictures font only for a page that shows one, caches it for a year, and the CSP's
      // font-src 'self' holds.
      assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
      rollupOptions: {
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
