/** Vite's output: every file name carries a hash of its content, so a changed file is a new URL. */
const HASHED_ASSETS = '/_astro/';

/** A year, the longest lifetime caches honour. */
const ONE_YEAR_S = 31_536_000;

/** The `Cache-Control` of a static answer: hashed assets are kept for a year unasked; anything else is revalidated (ETag) on each use. */
export function cacheControl(path: string): string {
  return path.startsWith(HASHED_ASSETS) ? `public, max-age=${ONE_YEAR_S}, immutable` : 'no-cache';
}
