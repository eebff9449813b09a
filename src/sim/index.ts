/**
 * The simulator's one public entry point: components, pages, the server's tests
 * and the benches import from here and nowhere deeper.
 * (Each area adds its exports in its own block below; keep blocks short.)
 */

// --- timeline types ---
export type * from './timeline/types';

// --- bytes ---
export { encodeUtf8, decodeUtf8 } from './bytes/utf8';
