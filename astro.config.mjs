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
