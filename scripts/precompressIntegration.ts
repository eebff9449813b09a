import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { precompress } from './precompress';

/** Astro integration: after every `astro build`, brotli and gzip siblings of the built files (see precompress.ts). */
export function precompressIntegration(): AstroIntegration {
  return {
    name: 'socket-lab:precompress',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const summary = precompress(fileURLToPath(dir));
        const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
        logger.info(`${summary.files} files: ${kb(summary.rawBytes)} → brotli ${kb(summary.brotliBytes)}, gzip ${kb(summary.gzipBytes)}`);
      },
    },
  };
}
