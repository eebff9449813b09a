/**
 * Build step: writes a brotli (`.br`) and a gzip (`.gz`) sibling beside every
 * compressible file of the built site, so the server sends compressed bytes
 * without compressing per request (see server/siteHandler.ts). Run by the
 * `precompress` integration in astro.config.mjs after `astro build`.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Files worth compressing: text. Images and fonts (woff2 is brotli inside) are compressed already. */
const COMPRESSIBLE = /\.(?:html|js|mjs|css|svg|json|txt|xml|webmanifest|map)$/;
// Below this, the saving is smaller than a packet's headers.
const MIN_BYTES = 256;

/** What one run wrote. */
export interface PrecompressSummary {
  readonly files: number;
  readonly rawBytes: number;
  readonly brotliBytes: number;
  readonly gzipBytes: number;
}

/** Compresses every compressible file under `dir` at the highest levels; a sibling is kept only when it is smaller. */
export function precompress(dir: string): PrecompressSummary {
  let files = 0;
  let rawBytes = 0;
  let brotliBytes = 0;
  let gzipBytes = 0;
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, file);
    if (!COMPRESSIBLE.test(file) || !statSync(path).isFile()) continue;
    const raw = readFileSync(path);
    if (raw.length < MIN_BYTES) continue;
    const brotli = brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    });
    const gzip = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION });
    // The server prefers a sibling whenever it exists, so one that saves nothing must not exist.
    if (brotli.length < raw.length) writeFileSync(`${path}.br`, brotli);
    if (gzip.length < raw.length) writeFileSync(`${path}.gz`, gzip);
    files += 1;
    rawBytes += raw.length;
    brotliBytes += Math.min(brotli.length, raw.length);
    gzipBytes += Math.min(gzip.length, raw.length);
  }
  return { files, rawBytes, brotliBytes, gzipBytes };
}
