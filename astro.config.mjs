// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';

// Static output: the site is plain files; server/ serves them (and, later, the live endpoints).
export default defineConfig({
  output: 'static',
  trailingSlash: 'ignore',
  integrations: [svelte()],
  build: { format: 'directory' },
});
