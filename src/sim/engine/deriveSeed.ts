/**
 * One scenario seed feeds several independent random streams (event arrivals,
 * network jitter). Each stream gets its own derived seed so that, say, turning
 * jitter on does not move the events.
 */

// FNV-1a 32-bit parameters (offset basis and prime).
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Derives a 32-bit seed for the named stream from a scenario seed (FNV-1a over seed and name). */
export function deriveSeed(seed: number, stream: string): number {
  let h = FNV_OFFSET ^ (seed >>> 0);
  h = Math.imul(h, FNV_PRIME);
  for (let i = 0; i < stream.length; i++) {
    h ^= stream.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}
