/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { svelteTesting } from '@testing-library/svelte/vite';
import { fileURLToPath } from 'node:url';

// getViteConfig gives tests the same Svelte compilation as the site; svelteTesting()
// makes `mount` resolve to Svelte's browser build under jsdom.
export default getViteConfig({
  plugins: [svelteTesting()],
  // That browser condition would also pick ws's browser stub (it throws); the server and its tests need ws's Node build.
  resolve: { alias: [{ find: /^ws$/, replacement: fileURLToPath(new URL('./node_modules/ws/wrapper.mjs', import.meta.url)) }] },
  test: {
    include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./vitest.setup.ts'],
  },
});
