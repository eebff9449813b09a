/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { svelteTesting } from '@testing-library/svelte/vite';

// getViteConfig gives tests the same Svelte compilation as the site; svelteTesting()
// makes `mount` resolve to Svelte's browser build under jsdom.
export default getViteConfig({
  plugins: [svelteTesting()],
  test: {
    include: ['src/**/*.test.ts', 'server/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./vitest.setup.ts'],
  },
});
