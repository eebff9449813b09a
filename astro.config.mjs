// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';

// Static output: the site is plain files; server/ serves them (and, later, the live endpoints).
export default defineConfig({
  output: 'static',
  trailingSlash: 'ignore',
  integrations: [svelte()],
  build: { format: 'directory' },
  vite: {
    build: {
      // Never inline a page script into the HTML (Astro inlines small ones by default): a strict CSP allows no
      // inline scripts, so the header's language switch ships as a file. Other assets keep Vite's default.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
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
